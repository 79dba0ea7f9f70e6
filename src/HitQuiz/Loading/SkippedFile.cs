namespace HitQuiz.Loading;

/// <summary>A file left out of the bank as a whole, with the first reason (<c>file:line: message</c>).</summary>
public sealed record SkippedFile(string File, string Reason);
