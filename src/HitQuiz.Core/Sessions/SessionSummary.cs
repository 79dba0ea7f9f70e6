namespace HitQuiz.Sessions;

/// <summary>The end-of-session summary: score, time and results per section.</summary>
public sealed record SessionSummary(int Planned, int Answered, int Correct, TimeSpan Duration, IReadOnlyList<SectionResult> Sections)
{
    public double Percent => Answered == 0 ? 0 : 100.0 * Correct / Answered;
}
