using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;

namespace HitQuiz.Benchmarks;

/// <summary>
/// A bank spread over the six RHIT domains and a learner's history over it: reviews spread evenly over the items,
/// each at its card's due time, graded mostly Good with some Again, Hard and Easy, ending before <c>now</c>.
/// </summary>
internal static class LargeHistory
{
    public const string Learner = "bench";

    private static readonly string[] Domains =
    [
        "Data Content, Structure & Information Governance", "Access, Disclosure, Privacy & Security", "Data Analytics & Use",
        "Revenue Cycle Management", "Compliance", "Leadership",
    ];

    public static List<Question> Bank(int items) =>
    [
        .. Enumerable.Range(0, items).Select(i => new Question(
            $"Q-{i:D5}", i % 10 == 0 ? QuestionKind.MultipleResponse : QuestionKind.MultipleChoice, $"Stem {i}?",
            ["A", "B", "C", "D"], i % 10 == 0 ? ["A", "C"] : ["A"]) { Topic = Domains[i % Domains.Length] }),
    ];

    public static IEnumerable<(AnswerRecord, Card, ReviewLog)> Reviews(IReadOnlyList<Question> bank, int reviews, DateTimeOffset now)
    {
        var random = new Random(42);
        var scheduler = new Scheduler(new SchedulerOptions { Random = random });
        var perItem = reviews / bank.Count;
        foreach (var (question, index) in bank.Select((q, i) => (q, i)))
        {
            var count = perItem + (index < reviews % bank.Count ? 1 : 0);
            var card = new Card();
            var at = now.AddDays(-730 + random.Next(0, 365));
            for (var r = 0; r < count; r++)
            {
                var grade = Draw(random);
                (card, var log) = scheduler.Review(card, grade, at);
                var answer = new AnswerRecord(Learner, question.Id, ["A"], grade != Grade.Again, TimeSpan.FromSeconds(20), at, 1, question.SectionName);
                yield return (answer, card, log);
                at = Min(card.Due, at + TimeSpan.FromDays(random.Next(1, 30)));
            }
        }
    }

    private static Grade Draw(Random random) => random.Next(100) switch
    {
        < 15 => Grade.Again,
        < 20 => Grade.Hard,
        < 95 => Grade.Good,
        _ => Grade.Easy,
    };

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
