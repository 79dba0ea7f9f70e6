namespace HitQuiz.Study;

/// <summary>One item in the exam's review grid: its 1-based number and whether it is answered, flagged, current.</summary>
public sealed record ExamGridCell(int Number, bool Answered, bool Flagged, bool Current);
