using System.Runtime.InteropServices;

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
        Mastery(items, bankSections, SectionSizes(bankSections));

    /// <summary>How many of the bank's items each section holds.</summary>
    internal static Dictionary<string, int> SectionSizes(IReadOnlyDictionary<string, string> bankSections)
    {
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in bankSections.Values)
        {
            sizes[section] = sizes.GetValueOrDefault(section) + 1;
        }

        return sizes;
    }

    // Goes through the learner's items only, with the bank's section sizes counted once by the caller: a report
    // over fifty learners and a 100,000-item bank would otherwise copy and group the bank fifty times.
    internal static IReadOnlyList<SectionMastery> Mastery(
        IReadOnlyList<ItemRecord> items, IReadOnlyDictionary<string, string> bankSections, IReadOnlyDictionary<string, int> sizes)
    {
        var counts = sizes.ToDictionary(s => s.Key, s => (Items: s.Value, Seen: 0, Mastered: 0), StringComparer.Ordinal);
        foreach (var item in items)
        {
            var inBank = bankSections.TryGetValue(item.QuestionId, out var section);
            section = inBank ? section! : item.Section;
            // Looked up once, not read and then written: a report does this for every learner's every item.
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, section, out _);
            count = (count.Items + (inBank ? 0 : 1), count.Seen + 1, count.Mastered + (item.LastCorrect ? 1 : 0));
        }

        return [.. counts
            .Select(c => new SectionMastery(c.Key, c.Value.Items, c.Value.Seen, c.Value.Mastered))
            .OrderBy(s => s.Section, StringComparer.Ordinal)];
    }

    /// <summary>Items answered wrong at least once with enough attempts, lowest accuracy first, then most wrong.</summary>
    public static IReadOnlyList<ItemRecord> Weakest(IEnumerable<ItemRecord> items, StatsOptions options) =>
        [.. items
            .Where(i => i.Attempts >= options.WeakMinimumAttempts && i.Wrong > 0)
            .OrderBy(i => i.Accuracy)
            .ThenByDescending(i => i.Wrong)
            .ThenBy(i => i.QuestionId, StringComparer.Ordinal)
            .Take(options.WeakestCount)];
}
