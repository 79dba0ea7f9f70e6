namespace HitQuiz.Study;

/// <summary>A submitted exam: every item's verdict, the report per section, and whether time ran out.</summary>
public sealed record ExamResult(
    IReadOnlyList<ExamItemResult> Items,
    IReadOnlyList<ExamSectionResult> Sections,
    DateTimeOffset SubmittedAt,
    bool TimedOut)
{
    public int Correct => Items.Count(i => i.Correct);

    public int Answered => Items.Count(i => i.Answered);

    public double Percent => Items.Count == 0 ? 0 : 100.0 * Correct / Items.Count;
}
