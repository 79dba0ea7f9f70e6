using HitQuiz.Questions;
using HitQuiz.Scheduling;

namespace HitQuiz.Study;

/// <summary>
/// Predicts the learner's score today or on an exam date from their cards: each item studied scores its FSRS recall
/// on that day plus a guess at the rest, each item never seen the guessing chance alone.
/// </summary>
public sealed class ReadinessEstimator(Scheduler scheduler)
{
    /// <summary>
    /// The chance of guessing a four-option item right, which is what most of the RHIT exam is: an item the learner
    /// does not recall still scores this often, whichever form it takes in the bank.
    /// </summary>
    public const double GuessingChance = 0.25;

    /// <summary>
    /// The score counted for an item never reviewed: the guessing chance. Counting unseen items at 0 would understate
    /// an exam score; counting them at the bank's mean would reward not studying.
    /// </summary>
    public const double UnseenPrior = GuessingChance;

    public ReadinessEstimate Estimate(IReadOnlyList<Question> bank, IReadOnlyDictionary<string, Card> cards, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(cards);
        var index = BankIndex.Of(bank);
        var sums = index.HasRepeatedIds ? ByScan(bank, cards, at) : ByCards(index, cards, at);
        var bySection = sums
            .Select(s => new SectionReadiness(s.Key, s.Value.Count, s.Value.Seen, (s.Value.Sum + ((s.Value.Count - s.Value.Seen) * UnseenPrior)) / s.Value.Count))
            .OrderBy(s => s.Section, StringComparer.Ordinal)
            .ToList();
        var seen = sums.Values.Sum(s => s.Seen);
        var total = sums.Values.Sum(s => s.Sum) + ((bank.Count - seen) * UnseenPrior);
        var score = bank.Count == 0 ? 0 : total / bank.Count;
        return new ReadinessEstimate(at, score, bySection, seen, bank.Count - seen, UnseenPrior);
    }

    // Per section: items, items seen, and the sum of the seen items' recall; read through the learner's cards.
    private Dictionary<string, (int Count, int Seen, double Sum)> ByCards(BankIndex index, IReadOnlyDictionary<string, Card> cards, DateTimeOffset at)
    {
        var sums = index.Sections.ToDictionary(s => s.Key, s => (s.Value.Count, 0, 0.0), StringComparer.Ordinal);
        foreach (var (id, card) in cards)
        {
            if (Recall(card, at) is double recall && index.SectionOf.TryGetValue(id, out var section))
            {
                var (count, seen, sum) = sums[section];
                sums[section] = (count, seen + 1, sum + recall);
            }
        }

        return sums;
    }

    private Dictionary<string, (int Count, int Seen, double Sum)> ByScan(IReadOnlyList<Question> bank, IReadOnlyDictionary<string, Card> cards, DateTimeOffset at)
    {
        var sums = new Dictionary<string, (int Count, int Seen, double Sum)>(StringComparer.Ordinal);
        foreach (var question in bank)
        {
            var recall = Recall(cards.GetValueOrDefault(question.Id), at);
            var (count, seen, sum) = sums.GetValueOrDefault(question.SectionName);
            sums[question.SectionName] = (count + 1, seen + (recall is null ? 0 : 1), sum + (recall ?? 0));
        }

        return sums;
    }

    // What a studied item is expected to score: recalled, or else guessed. Plain retrievability falls towards 0 as the
    // exam date moves away, below the guessing chance an item never seen is counted at; recall only adds to a guess.
    private double? Recall(Card? card, DateTimeOffset at) =>
        card is { LastReview: not null } ? ExpectedScore(scheduler.Retrievability(card, at)) : null;

    /// <summary>The expected score of an item recalled with probability <paramref name="recall"/>: never below the guessing chance.</summary>
    public static double ExpectedScore(double recall) => recall + ((1 - recall) * GuessingChance);
}
