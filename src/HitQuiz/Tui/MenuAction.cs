namespace HitQuiz.Tui;

/// <summary>One menu entry: its letter, label, a short description, and what it does.</summary>
internal sealed record MenuAction(char Key, string Label, string Description, Action Run);
