using System.Globalization;
using HitQuiz.Loading;
using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Storage;
using HitQuiz.Study;
using HitQuiz.Tui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;

namespace HitQuiz.Benchmarks;

/// <summary>
/// One learner's session on the scale database, in its own process so its peak memory is the app's: the real
/// trainer in a headless Terminal.Gui application (100×30), each step timed to the end of its frame. Session start is
/// where the trainer chooses the next items (it plans the session); within a session the next item is already chosen.
/// </summary>
internal sealed class ScaleSession(string root, string database, string learner, int runs, TextWriter output)
{
    public int Run()
    {
        var clock = new FixedClock(ScaleBenchmark.Now);
        var open = new Timing();
        using var store = open.Time(() => QuizStore.Open(database));
        // As the trainer loads it: the first start reads the question files and keeps them in the cache, later starts
        // read the cache. The session runs on the bank the later start gave.
        var cacheFolder = Directory.CreateTempSubdirectory("hitquiz-scale-authored-");
        var authored = new AuthoredBankCache(cacheFolder.FullName);
        var load = new Timing();
        var firstBank = load.Time(() => BankLoader.Load(root, authoredCache: authored)).Questions.Count;
        GC.Collect();
        var cached = new Timing();
        var bank = cached.Time(() => BankLoader.Load(root, authoredCache: authored));
        cacheFolder.Delete(recursive: true);
        var cards = new Timing();
        var seen = cards.Time(() => store.Cards(learner).Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  open the database {open.Median:0} ms; load the bank from question files {load.Median:0} ms ({firstBank:N0} items, kept in the cache), from the cache {cached.Median:0} ms ({bank.Questions.Count:N0} items); first card read {cards.Median:0} ms ({seen:N0} cards of {learner})"));
        output.WriteLine($"  memory with the bank and cards loaded: {Timing.Memory()}; GC conserve memory {GC.GetConfigurationVariables().Where(v => v.Key.Contains("Conserve", StringComparison.OrdinalIgnoreCase)).Select(v => v.Value).FirstOrDefault() ?? "off"}, {(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "Native AOT")}");

        var context = new StudyContext(store, learner, bank.Questions, q => ExplanationBuilder.Build(q, bank.Sources), [], clock, new Random(1), 10);
        using var app = Application.Create(new VirtualTimeProvider());
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(100, 30);
        using var window = TuiLauncher.CreateWindow();
        var trainer = new Trainer(context, window);
        trainer.ShowMenu();
        var token = app.Begin(window)!;
        app.LayoutAndDraw();

        var frame = new Frame(() => app.LayoutAndDraw());
        var menu = new Step(frame);
        menu.Repeat(runs, trainer.ShowMenu);
        output.WriteLine($"  memory after the menu: {Timing.Memory()}");
        var (start, answer, next) = Study(trainer, frame);
        output.WriteLine($"  memory after {runs} answers: {Timing.Memory()}");
        var starts = OtherStarts(trainer, frame, bank.Questions);
        var stats = new Step(frame);
        stats.Repeat(Math.Max(10, runs / 5), trainer.ShowStats, warmUp: 1);
        app.End(token);
        output.WriteLine($"  memory after the statistics screen: {Timing.Memory()}");

        output.WriteLine("  Each step: the trainer's work (until the screen is built), then the same to the end of the drawn frame (100×30).");
        // The budget is for choosing the item; drawing the first question is reported beside it, without a budget.
        Write("next-item choice (practice session start: plan over the bank, session row, first question)", start, 10, frameBudget: null);
        Write("next question within a session", next, null);
        Write("answer → verdict (check, durable write of answer + card + review log, feedback screen)", answer, 30);
        foreach (var (name, step) in starts)
        {
            Write(name, step, null);
        }

        Write("menu (totals, due today, new, readiness today and on the exam date)", menu, 50);
        Write("statistics screen (digest, statistics, forecast from the cards, chart)", stats, 300);
        var peak = Timing.PeakMegabytes();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  peak memory of this session process (VmHWM) {peak:0} MB  [budget ≤ 200 MB: {(peak <= 200 ? "met" : "MISSED")}]"));
        return 0;
    }

    private void Write(string what, Step step, double? budget) => Write(what, step, budget, budget);

    private void Write(string what, Step step, double? budget, double? frameBudget)
    {
        output.WriteLine($"  {what}");
        output.WriteLine($"      work      {step.Work.Summary(budget)}");
        output.WriteLine($"      to frame  {step.Shown.Summary(frameBudget)}");
    }

    // Practice sessions of ten, answered with the first option (or a typed answer), until enough answers are timed;
    // then more session starts, each left at once, so that the choice has as many samples.
    private (Step Start, Step Answer, Step Next) Study(Trainer trainer, Frame frame)
    {
        var (start, answer, next) = (new Step(frame), new Step(frame), new Step(frame));
        var warmUp = new Step(frame);
        Session(trainer, warmUp, warmUp, warmUp, int.MaxValue);
        while (answer.Count < runs)
        {
            Session(trainer, start, answer, next, runs);
        }

        while (start.Count < runs)
        {
            start.Run(() => trainer.Start(new StudyRequest(StudyMode.Practice, 10)));
            trainer.EndSessionEarly();
            frame.Draw();
        }

        return (start, answer, next);
    }

    private static void Session(Trainer trainer, Step start, Step answer, Step next, int runs)
    {
        start.Run(() => trainer.Start(new StudyRequest(StudyMode.Practice, 10)));
        while (trainer.CurrentScreen is QuestionScreen screen && answer.Count < runs)
        {
            answer.Run(() => trainer.Answer(AnyResponse(screen.Question)));
            next.Run(trainer.Next);
        }

        trainer.ShowMenu();
    }

    // The other ways a session starts, each over the whole bank: review (recent mistakes and weak items), cram for an
    // exam date (least recalled on that date), one section, and a simulated exam (150 items sampled by the blueprint).
    private List<(string Name, Step Step)> OtherStarts(Trainer trainer, Frame frame, IReadOnlyList<Question> bank)
    {
        var count = Math.Max(10, runs / 10);
        var section = BankIndex.Of(bank).Sections[0].Key;
        List<(string, Step)> starts =
        [
            ("review session start (weakest items of the learner's cards and recent history)", new Step(frame)),
            ("cram session start (every item, least recalled on the exam date first)", new Step(frame)),
            ($"topic session start (\"{section}\")", new Step(frame)),
            ("exam start (150 items sampled over the bank by the blueprint)", new Step(frame)),
        ];
        StudyRequest[] requests =
        [
            new(StudyMode.Review, 10),
            new(StudyMode.Cram, 10) { ExamDate = ScaleBenchmark.Now.AddDays(30) },
            new(StudyMode.Topic, 10) { Topic = section },
        ];
        (Action Start, Action Leave)[] ways =
        [
            .. requests.Select(r => ((Action)(() => trainer.Start(r)), (Action)trainer.EndSessionEarly)),
            (() => trainer.Begin(new StudyRequest(StudyMode.Exam)), () => trainer.Exam.Close()),
        ];
        for (var i = 0; i < ways.Length; i++)
        {
            // A first start warms up and is not timed; each start is timed alone, the session then left.
            var (start, leave) = ways[i];
            for (var run = 0; run <= count; run++)
            {
                (run == 0 ? new Step(frame) : starts[i].Item2).Run(start);
                leave();
            }

            output.WriteLine($"  memory after {count} {starts[i].Item1.Split(' ')[0]} starts: {Timing.Memory()}");
        }

        trainer.ShowMenu();
        return starts;
    }

    private static Response AnyResponse(Question question) => question.Kind switch
    {
        QuestionKind.Matching => new Response([.. question.Options.Select(_ => 0)]),
        _ when question.Kind.HasOptions() => Response.Choice(0),
        _ => Response.Typed(question.Answers.FirstOrDefault() ?? "x"),
    };

    /// <summary>Draws the headless application's frame.</summary>
    private sealed class Frame(Action draw)
    {
        public void Draw() => draw();
    }

    /// <summary>One kind of step, timed as work alone and as work plus its frame.</summary>
    private sealed class Step(Frame frame)
    {
        public Timing Work { get; } = new();

        public Timing Shown { get; } = new();

        public int Count => Work.Count;

        public void Run(Action action)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            Work.Time(action);
            frame.Draw();
            Shown.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        public void Repeat(int runs, Action action, int warmUp = 3)
        {
            for (var i = 0; i < warmUp; i++)
            {
                action();
                frame.Draw();
            }

            for (var i = 0; i < runs; i++)
            {
                Run(action);
            }
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
