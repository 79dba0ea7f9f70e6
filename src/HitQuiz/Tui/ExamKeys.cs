namespace HitQuiz.Tui;

/// <summary>
/// What the exam adds to a question screen, on every item kind: ← → previous/next, Ctrl+F flag, Esc the grid,
/// Ctrl+S submit. Control keys, because F and S are letters of a typed answer.
/// </summary>
internal sealed record ExamKeys(Action ToggleFlag, Action Previous, Action Next, Action Grid, Action Submit);
