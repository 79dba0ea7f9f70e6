using System.Diagnostics;
using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Storage;
using HitQuiz.Study;

namespace HitQuiz.Benchmarks;

/// <summary>Builds a temp database with a large history, reopens it as the app would, and times each operation.</summary>
internal sealed class StudyBenchmark(int items, int reviews, int runs, TextWriter output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public int Run()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hitquiz-bench-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(dir, "hitquiz.db");
        try
        {
            var bank = LargeHistory.Bank(items);
            MeasureBankLoad(dir, bank);
            Seed(path, bank);
            MeasureCold(path, bank);
            using var store = QuizStore.Open(path);
            Measure(store, bank);
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>How long the app takes to read the same bank from question files, which the first card read overlaps.</summary>
    private void MeasureBankLoad(string dir, List<Question> bank)
    {
        var root = Path.Combine(dir, "questions");
        Directory.CreateDirectory(root);
        foreach (var section in bank.GroupBy(q => q.SectionName))
        {
            var name = new string([.. section.Key.Where(char.IsLetter)]).ToLowerInvariant();
            File.WriteAllText(Path.Combine(root, name + ".quiz.md"), QuizFileWriter.Write(section.Key, null, section));
        }

        var samples = Enumerable.Range(0, 3).Select(_ =>
        {
            var start = Stopwatch.GetTimestamp();
            var loaded = HitQuiz.Loading.BankLoader.Load(root);
            return $"{Stopwatch.GetElapsedTime(start).TotalMilliseconds:0} ms ({loaded.Questions.Count:N0} items)";
        });
        output.WriteLine("Bank load from question files: " + string.Join(", ", samples));
    }

    private void Seed(string path, List<Question> bank)
    {
        var clock = Stopwatch.StartNew();
        using var store = QuizStore.Open(path);
        store.RecordReviews(LargeHistory.Reviews(bank, reviews, Now));
        output.WriteLine($"Seeded {items:N0} items, {reviews:N0} reviews in {clock.Elapsed.TotalSeconds:0.0} s ({new FileInfo(path).Length / 1_048_576.0:0.0} MB)");
    }

    private void Measure(QuizStore store, List<Question> bank)
    {
        var scheduler = new Scheduler(new SchedulerOptions { Random = new Random(1) });
        var planner = new StudyPlanner(scheduler);
        var readiness = new ReadinessEstimator(scheduler);
        var learner = LargeHistory.Learner;

        StudyPlan Plan(StudyRequest request) => PlanWith(store, planner, bank, request);

        output.WriteLine($"Timings over {runs} runs after warm-up (median / p99 / max, ms):");
        Time("load cards (store.Cards)", () => store.Cards(learner).Count);
        Time("load all progress (store.History, not used to plan)", () => store.History(learner).Count);
        Time("load recent progress (store.RecentHistory, 14 days)", () => store.RecentHistory(learner, Now.AddDays(-14)).Count);
        Time("next session: practice", () => Plan(new StudyRequest(StudyMode.Practice)).Questions.Count);
        Time("next session: review", () => Plan(new StudyRequest(StudyMode.Review)).Questions.Count);
        Time("next session: cram", () => Plan(new StudyRequest(StudyMode.Cram) { ExamDate = Now.AddDays(30) }).Questions.Count);
        Time("next session: exam (150)", () => Plan(new StudyRequest(StudyMode.Exam)).Questions.Count);
        Time("menu: totals + due + readiness today and on exam date", () =>
        {
            var totals = store.Totals(learner);
            var cards = store.Cards(learner);
            var due = Workload.Of(bank, cards, Now).DueToday;
            var today = readiness.Estimate(bank, cards, Now);
            var examDay = readiness.Estimate(bank, cards, Now.AddDays(30));
            return totals.Answered + due + (int)(today.Score + examDay.Score);
        });
        Time("record one review (answer + card + log)", () => RecordOne(store, scheduler));
    }

    private static StudyPlan PlanWith(QuizStore store, StudyPlanner planner, List<Question> bank, StudyRequest request)
    {
        var cards = store.Cards(LargeHistory.Learner);
        var history = request.Mode == StudyMode.Review
            ? store.RecentHistory(LargeHistory.Learner, Now - StudyPlanner.RecentWrong)
            : new Dictionary<string, Sessions.QuestionHistory>();
        return planner.Plan(bank, cards, history, request, Now, new Random(1));
    }

    /// <summary>The first plan after opening the database, when the cards are not in memory yet.</summary>
    private void MeasureCold(string path, List<Question> bank)
    {
        var planner = new StudyPlanner(new Scheduler(new SchedulerOptions()));
        var samples = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var store = QuizStore.Open(path);
            var opened = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            store.Cards(LargeHistory.Learner);
            var read = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            PlanWith(store, planner, bank, new StudyRequest(StudyMode.Practice));
            samples.Add($"open {opened:0} + first card read {read:0} + plan {Stopwatch.GetElapsedTime(start).TotalMilliseconds:0}");
        }

        // The first run also pays for JIT; the others are what a learner starting the app again waits for.
        output.WriteLine("Cold (database reopened each time; ms): " + string.Join(", ", samples));
    }

    private int RecordOne(QuizStore store, Scheduler scheduler)
    {
        var card = store.Cards(LargeHistory.Learner)["Q-00001"];
        var (next, log) = scheduler.Review(card, Grade.Good, Now);
        store.RecordReview(new Sessions.AnswerRecord(LargeHistory.Learner, "Q-00001", ["A"], true, TimeSpan.FromSeconds(3), Now, 2, "Bench"), next, log);
        return 1;
    }

    private void Time(string what, Func<int> action)
    {
        for (var i = 0; i < 3; i++)
        {
            action();
        }

        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        var p99 = samples[(int)Math.Ceiling(0.99 * runs) - 1];
        output.WriteLine($"  {what,-58} {samples[runs / 2],8:0.00} {p99,8:0.00} {samples[^1],8:0.00}");
    }
}
