namespace HitQuiz.Study;

/// <summary>How an exam went in one section: items asked, answered and correct; unanswered items count wrong.</summary>
public sealed record ExamSectionResult(string Section, int Items, int Answered, int Correct)
{
    public double Percent => Items == 0 ? 0 : 100.0 * Correct / Items;
}
