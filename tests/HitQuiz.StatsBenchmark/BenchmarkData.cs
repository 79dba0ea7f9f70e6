using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Storage;

namespace HitQuiz.StatsBenchmark;

/// <summary>A year of heavy study: answers spread over days and hours, over a bank of questions in six sections.</summary>
internal static class BenchmarkData
{
    public static readonly string[] Sections =
        ["Data governance", "Privacy and security", "Data analytics", "Revenue cycle", "Compliance", "Leadership"];

    public static IReadOnlyList<Question> Bank(int size) =>
        [.. Enumerable.Range(0, size).Select(i => new Question($"Q-{i:0000}", QuestionKind.MultipleChoice, $"Question {i}?", ["a", "b"], ["a"])
        {
            Topic = Sections[i % Sections.Length],
        })];

    public static void Fill(QuizStore store, string learner, int answers, IReadOnlyList<Question> bank, DateTimeOffset end, int seed)
    {
        var random = new Random(seed);
        const int Chunk = 10_000;
        for (var done = 0; done < answers; done += Chunk)
        {
            store.RecordAnswerBatch(Enumerable.Range(done, Math.Min(Chunk, answers - done)).Select(i =>
            {
                var question = bank[random.Next(bank.Count)];
                var at = end.AddDays(-365.0 * (answers - i) / answers).AddMinutes(random.Next(0, 90));
                return new AnswerRecord(learner, question.Id, ["a"], random.NextDouble() < 0.7, TimeSpan.FromSeconds(random.Next(3, 40)), at, 1 + (i / 20), question.SectionName);
            }).ToList());
        }
    }
}
