namespace HitQuiz.Sessions;

/// <summary>How a session went for one section (or topic).</summary>
public sealed record SectionResult(string Section, int Answered, int Correct)
{
    public double Percent => Answered == 0 ? 0 : 100.0 * Correct / Answered;
}
