namespace HitQuiz.Tui;

/// <summary>What the exam adds to a question screen: flagging, moving between items, the grid, submitting.</summary>
internal sealed record ExamKeys(Action ToggleFlag, Action Previous, Action Next, Action Grid, Action Submit);
