namespace HitQuiz.Stats;

/// <summary>Everything the statistics screen and the <c>stats</c> verb show for one learner.</summary>
public sealed record LearnerStats(
    DateOnly Today,
    int Answered,
    int Correct,
    IReadOnlyList<DayCount> Daily,
    IReadOnlyList<DayCount> Calendar,
    Streak Streak,
    IReadOnlyList<SectionMastery> Sections,
    IReadOnlyList<DueDay> Forecast,
    int Overdue,
    IReadOnlyList<ItemRecord> Weakest)
{
    public double? Accuracy => Answered == 0 ? null : 100.0 * Correct / Answered;

    /// <summary>
    /// Percentage of all items (see <see cref="SectionMastery"/>) whose latest answer was right: the share of the bank
    /// mastered. It is not the menu's estimated score, which predicts recall (see <c>ReadinessEstimate</c>).
    /// </summary>
    public double MasteredPercent => Sections.Sum(s => s.Items) is var items and > 0 ? 100.0 * Sections.Sum(s => s.Mastered) / items : 0;
}
