namespace HitQuiz.Sessions;

/// <summary>A learner's totals over every answer stored.</summary>
public sealed record LearnerTotals(int Answered, int Correct)
{
    public double? PercentCorrect => Answered == 0 ? null : 100.0 * Correct / Answered;
}
