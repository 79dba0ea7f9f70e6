namespace HitQuiz.Generation;

/// <summary>Where a fact was read: the section that contains it, its line range and the sentence (or row, or list) itself.</summary>
public sealed record Evidence(string Section, int FirstLine, int LastLine, string Text);
