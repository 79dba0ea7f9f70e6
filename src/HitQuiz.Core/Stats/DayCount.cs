namespace HitQuiz.Stats;

/// <summary>Answers given on one local day.</summary>
public sealed record DayCount(DateOnly Day, int Answered, int Correct)
{
    /// <summary>Percent correct, or null on a day without answers.</summary>
    public double? Accuracy => Answered == 0 ? null : 100.0 * Correct / Answered;
}
