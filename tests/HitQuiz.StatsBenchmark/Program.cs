using System.Diagnostics;
using HitQuiz;
using HitQuiz.Cli;
using HitQuiz.Sessions;
using HitQuiz.Stats;
using HitQuiz.Storage;
using HitQuiz.StatsBenchmark;
using HitQuiz.Tui;
using Microsoft.Extensions.Time.Testing;

// Usage: dotnet run -c Release --project tests/HitQuiz.StatsBenchmark [DB] [ANSWERS] [RUNS]
// Builds DB with ANSWERS answers (if it does not exist), then times: the first statistics read (folds every answer
// into the digest), the `stats` verb's work (open, digest, compute, format text and JSON), the statistics screen's
// data loading, and a read after one new answer. Prints median and p99 per measurement.
var path = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "hitquiz-stats-benchmark.db");
var answers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50;
var now = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);
var bank = BenchmarkData.Bank(600);

if (!File.Exists(path))
{
    var fill = Stopwatch.StartNew();
    using var store = QuizStore.Open(path);
    BenchmarkData.Fill(store, "bench", answers, bank, now, seed: 1);
    BenchmarkData.Fill(store, "other", answers / 20, bank, now, seed: 2);
    Console.WriteLine($"Filled {path} with {answers:N0} + {answers / 20:N0} answers in {fill.Elapsed.TotalSeconds:0.0} s");
    var cold = Stopwatch.StartNew();
    var digest = store.Digest("bench");
    Console.WriteLine($"First read (folds every answer): {cold.Elapsed.TotalMilliseconds:0} ms, {digest.Answered:N0} answers, {digest.Buckets.Count:N0} buckets");
}

Console.WriteLine($"Database: {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB");
var zone = TimeZoneInfo.Utc;
var clock = new FakeTimeProvider(now);
Report("stats verb work (open, digest, compute, text + JSON)", Time(runs, () =>
{
    using var store = QuizStore.Open(path);
    var context = Context(store, bank, clock);
    var stats = StatsLoader.Load(context, zone);
    _ = StatsCommand.Lines("bench", stats).Count() + StatsJson.Write("bench", stats).Length;
}));

using (var store = QuizStore.Open(path))
{
    var context = Context(store, bank, clock);
    Report("stats screen data (digest, compute, chart), store open", Time(runs, () => _ = StatsScreen.For(context, zone, () => { })));
    Report("compute only (digest in memory)", Time(runs, () => _ = LearnerStatistics.Compute(store.Digest("bench"), bank.ToDictionary(q => q.Id, q => q.SectionName), [], now, zone)));
    var added = 0;
    Report("read after one new answer", Time(Math.Min(runs, 20), () =>
    {
        store.RecordAnswer(new AnswerRecord("bench", "Q-0001", ["a"], true, TimeSpan.FromSeconds(5), now.AddSeconds(++added), 9999, "Data governance"));
        _ = store.Digest("bench");
    }));
}

static StudyContext Context(QuizStore store, IReadOnlyList<HitQuiz.Questions.Question> bank, TimeProvider clock) =>
    new(store, "bench", bank, _ => new AnswerExplanation(null, null), [], clock, new Random(0), 10);

static (double First, List<double> Times) Time(int runs, Action action)
{
    var first = Stopwatch.StartNew();
    action();
    var firstMs = first.Elapsed.TotalMilliseconds;
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    return (firstMs, times);
}

static void Report(string name, (double First, List<double> Times) timing)
{
    var sorted = timing.Times.Order().ToList();
    var p99 = sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.99 * sorted.Count) - 1)];
    Console.WriteLine($"{name}: median {sorted[sorted.Count / 2]:0.0} ms, p99 {p99:0.0} ms, max {sorted[^1]:0.0} ms ({sorted.Count} runs; first call in this process {timing.First:0.0} ms)");
}
