namespace HitQuiz.Generation;

/// <summary>One of the values a source states for a conflicting attribute, with its 1-based line.</summary>
public sealed record ConflictValue(string Text, int Line);
