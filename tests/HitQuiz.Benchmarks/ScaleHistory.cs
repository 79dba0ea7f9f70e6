using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;

namespace HitQuiz.Benchmarks;

/// <summary>
/// A class's year of study for the scale benchmark: learners from light to heavy (the heaviest answers about seven
/// times as much as the lightest), each over a random part of the bank with up to three reviews per item. Each item's
/// reviews follow the scheduler (at the card's due time, a little late or early) from a start within the last year
/// until <c>now</c>, graded mostly Good with some Again, Hard and Easy; a learner's reviews are stored oldest first,
/// in sessions of twenty.
/// </summary>
internal static class ScaleHistory
{
    public const int ReviewsPerItem = 3;

    public static string Learner(int index) => $"learner-{index:D2}";

    /// <summary>How many answers each learner gives: weights rising linearly, summing to <paramref name="answers"/>.</summary>
    public static int[] Shares(int answers, int learners)
    {
        var weights = Enumerable.Range(0, learners).Select(i => learners == 1 ? 1.0 : 0.25 + (1.5 * i / (learners - 1))).ToArray();
        var shares = weights.Select(w => (int)(answers * w / weights.Sum())).ToArray();
        shares[^1] += answers - shares.Sum();
        return shares;
    }

    public static List<(AnswerRecord Answer, Card Card, ReviewLog Log)> Reviews(
        IReadOnlyList<Question> bank, string learner, int answers, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var scheduler = new Scheduler(new SchedulerOptions { Random = random });
        var picks = Enumerable.Range(0, bank.Count).ToArray();
        random.Shuffle(picks);
        var reviews = new List<(AnswerRecord Answer, Card Card, ReviewLog Log)>(answers);
        for (var i = 0; i < picks.Length && reviews.Count < answers; i++)
        {
            var question = bank[picks[i]];
            var card = new Card();
            var at = now.AddDays(-random.Next(2, 365)).AddMinutes(random.Next(0, 24 * 60));
            for (var r = 0; r < ReviewsPerItem && at < now && reviews.Count < answers; r++)
            {
                var grade = Draw(random);
                (card, var log) = scheduler.Review(card, grade, at);
                var answer = new AnswerRecord(learner, question.Id, ["A"], grade != Grade.Again, TimeSpan.FromSeconds(random.Next(5, 60)), at, 0, question.SectionName);
                reviews.Add((answer, card, log));
                at = card.Due + TimeSpan.FromHours(random.Next(-12, 72));
            }
        }

        // Oldest first, as they were answered, in sessions of twenty.
        return [.. reviews.OrderBy(r => r.Answer.AnsweredAt).Select((r, i) => r with { Answer = r.Answer with { SessionId = 1 + (i / 20) } })];
    }

    private static Grade Draw(Random random) => random.Next(100) switch
    {
        < 15 => Grade.Again,
        < 20 => Grade.Hard,
        < 95 => Grade.Good,
        _ => Grade.Easy,
    };
}
