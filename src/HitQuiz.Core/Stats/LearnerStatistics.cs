namespace HitQuiz.Stats;

/// <summary>
/// Computes a learner's statistics from their digest. Mastery is the share of a section's items whose latest
/// answer was right: simple to explain, and it falls when an item is forgotten. Items of the bank never answered
/// count as not mastered, so answering one easy question does not show a section as done.
/// </summary>
public static class LearnerStatistics
{
    /// <param name="bankSections">Question id → section for every item of the bank (may be empty).</param>
    /// <param name="due">When each scheduled item is next due (may be empty).</param>
    public static LearnerStats Compute(
        AnswerDigest digest,
        IReadOnlyDictionary<string, string> bankSections,
        IEnumerable<DateTimeOffset> due,
        DateTimeOffset now,
        TimeZoneInfo zone,
        StatsOptions? options = null)
    {
        options ??= StatsOptions.Default;
        var today = StudyDays.LocalDay(now, zone);
        var perDay = StudyDays.PerDay(digest.Buckets, zone);
        var (forecast, overdue) = DueForecast.Of(due, now, zone, options.ForecastDays);
        return new LearnerStats(
            today,
            digest.Answered,
            digest.Correct,
            StudyDays.Range(perDay, today.AddDays(1 - options.DailyDays), today),
            StudyDays.Range(perDay, StudyDays.CalendarStart(today, options.CalendarWeeks), today),
            StudyDays.StreakOf(perDay.Keys, today),
            Mastery(digest.Items, bankSections),
            forecast,
            overdue,
            Weakest(digest.Items, options));
    }

    public static IReadOnlyList<SectionMastery> Mastery(IReadOnlyList<ItemRecord> items, IReadOnlyDictionary<string, string> bankSections) =>
        MasterySections.Of([items], bankSections).MasteryOf(0);

    /// <summary>Items answered wrong at least once with enough attempts, lowest accuracy first, then most wrong.</summary>
    public static IReadOnlyList<ItemRecord> Weakest(IEnumerable<ItemRecord> items, StatsOptions options) =>
        [.. items
            .Where(i => i.Attempts >= options.WeakMinimumAttempts && i.Wrong > 0)
            .OrderBy(i => i.Accuracy)
            .ThenByDescending(i => i.Wrong)
            .ThenBy(i => i.QuestionId, StringComparer.Ordinal)
            .Take(options.WeakestCount)];
}
