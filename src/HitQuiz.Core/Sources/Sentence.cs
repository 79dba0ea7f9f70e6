namespace HitQuiz.Sources;

/// <summary>A sentence found in a text: its trimmed text and where it sits in the original string.</summary>
public sealed record Sentence(string Text, int Start, int Length);
