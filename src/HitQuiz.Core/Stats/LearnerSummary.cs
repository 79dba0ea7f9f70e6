namespace HitQuiz.Stats;

/// <summary>
/// One learner in the instructor's report. <see cref="MasteredPercent"/> is the share of the bank mastered: items whose
/// latest answer was right out of <see cref="Items"/>, every question of the bank and any other answered in the report
/// (unanswered items count as not known); without a bank, out of the questions answered in the report only.
/// </summary>
public sealed record LearnerSummary(string Learner, int Answered, int Correct, int Items, int Mastered)
{
    public double? Accuracy => Answered == 0 ? null : 100.0 * Correct / Answered;

    public double MasteredPercent => Items == 0 ? 0 : 100.0 * Mastered / Items;
}
