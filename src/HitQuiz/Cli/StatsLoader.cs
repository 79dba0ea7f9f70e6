using HitQuiz.Stats;

namespace HitQuiz.Cli;

/// <summary>Loads a learner's statistics for any front end: the store's digest, the bank's sections, the clock.</summary>
internal static class StatsLoader
{
    public static LearnerStats Load(StudyContext context, TimeZoneInfo zone, IEnumerable<DateTimeOffset>? due = null)
    {
        // Indexed once per bank: with 100,000 items building the map on each read took tens of milliseconds.
        var bankSections = Study.BankIndex.Of(context.Bank).SectionOf;

        // Scheduled cards are not stored yet; until they are, the forecast is empty unless due dates are passed in.
        return LearnerStatistics.Compute(context.Store.Digest(context.Learner), bankSections, due ?? [], context.Clock.GetUtcNow(), zone);
    }
}
