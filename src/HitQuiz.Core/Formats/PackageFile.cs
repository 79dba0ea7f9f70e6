namespace HitQuiz.Formats;

/// <summary>One file of an export package: its path inside the package (forward slashes) and its text.</summary>
public sealed record PackageFile(string Path, string Text);
