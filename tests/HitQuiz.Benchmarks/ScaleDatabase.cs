using System.Diagnostics;
using System.Globalization;
using HitQuiz.Questions;
using HitQuiz.Storage;

namespace HitQuiz.Benchmarks;

/// <summary>
/// The scale benchmark's database: every learner's history (answers, cards, review logs, as the trainer stores them)
/// written through the store in transactions of 20,000 reviews, each learner's then folded into the statistics digests
/// as the trainer does at the end of every session; cached beside the bank it was built on.
/// </summary>
internal static class ScaleDatabase
{
    private const int Batch = 20_000;

    public static string Prepare(string bankRoot, IReadOnlyList<Question> bank, int answers, int learners, TextWriter output)
    {
        // Named for the schema it was written in: a database cached by an older build would be upgraded, backup and
        // all, at every timed open.
        var path = Path.Combine(bankRoot, "..", $"{Path.GetFileName(bankRoot)}-{answers}-{learners}-schema{StoreSchema.Version}.db");
        path = Path.GetFullPath(path);
        if (File.Exists(path + ".complete"))
        {
            output.WriteLine($"Database: cached {path} ({Megabytes(path)} MB)");
            return path;
        }

        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, null) + "-log.db");
        var clock = Stopwatch.StartNew();
        var shares = ScaleHistory.Shares(answers, learners);
        using (var store = QuizStore.Open(path))
        {
            for (var l = 0; l < learners; l++)
            {
                var reviews = ScaleHistory.Reviews(bank, ScaleHistory.Learner(l), shares[l], ScaleBenchmark.Now, seed: 1000 + l);
                foreach (var chunk in reviews.Chunk(Batch))
                {
                    store.RecordReviews(chunk);
                }

                // The trainer folds answers into the statistics digests at the end of each session.
                _ = store.Digest(ScaleHistory.Learner(l));
            }
        }

        File.WriteAllText(path + ".complete", "");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Database: {answers:N0} answers (with cards and review logs) from {learners} learners ({shares[0]:N0} to {shares[^1]:N0} each) written in {clock.Elapsed.TotalSeconds:0} s to {path}"));
        return path;
    }

    public static string Megabytes(string path) => (new FileInfo(path).Length / 1_048_576.0).ToString("0", CultureInfo.InvariantCulture);
}
