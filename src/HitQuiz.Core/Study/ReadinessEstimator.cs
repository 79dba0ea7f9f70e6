using HitQuiz.Questions;
using HitQuiz.Scheduling;

namespace HitQuiz.Study;

/// <summary>Predicts the learner's score today or on an exam date from their cards.</summary>
public sealed class ReadinessEstimator(Scheduler scheduler)
{
    /// <summary>
    /// The recall counted for an item never reviewed: 0.25, the chance of guessing a four-option item, which is
    /// what most of the RHIT exam is. Counting unseen items at 0 would understate an exam score; counting them at
    /// the bank's mean would reward not studying.
    /// </summary>
    public const double UnseenPrior = 0.25;

    public ReadinessEstimate Estimate(IReadOnlyList<Question> bank, IReadOnlyDictionary<string, Card> cards, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(cards);
        var items = bank.Select(q => (q.SectionName, Recall: Recall(cards.GetValueOrDefault(q.Id), at))).ToList();
        var sections = items.GroupBy(i => i.SectionName)
            .Select(g => new SectionReadiness(g.Key, g.Count(), g.Count(i => i.Recall is not null), g.Average(i => i.Recall ?? UnseenPrior)))
            .OrderBy(s => s.Section, StringComparer.Ordinal)
            .ToList();
        var seen = items.Count(i => i.Recall is not null);
        var score = items.Count == 0 ? 0 : items.Average(i => i.Recall ?? UnseenPrior);
        return new ReadinessEstimate(at, score, sections, seen, items.Count - seen, UnseenPrior);
    }

    private double? Recall(Card? card, DateTimeOffset at) =>
        card is { LastReview: not null } ? scheduler.Retrievability(card, at) : null;
}
