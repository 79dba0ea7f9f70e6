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
        var load = new Timing();
        var bank = load.Time(() => BankLoader.Load(root));
        var cards = new Timing();
        var seen = cards.Time(() => store.Cards(learner).Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  open the database {open.Median:0} ms; load the bank from question files {load.Median:0} ms ({bank.Questions.Count:N0} items); first card read {cards.Median:0} ms ({seen:N0} cards of {learner})"));

        var context = new StudyContext(store, learner, bank.Questions, q => ExplanationBuilder.Build(q, bank.Sources), [], clock, new Random(1), 10);
        using var app = Application.Create(new VirtualTimeProvider());
        app.Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(100, 30);
        using var window = TuiLauncher.CreateWindow();
        var trainer = new Trainer(context, window);
        trainer.ShowMenu();
        var token = app.Begin(window)!;
        app.LayoutAndDraw();

        void Frame(Action action)
        {
            action();
            app.LayoutAndDraw();
        }

        var menu = Timing.Of(runs, () => Frame(trainer.ShowMenu));
        var (start, answer, next) = Study(trainer, Frame);
        var stats = Timing.Of(Math.Max(10, runs / 5), () => Frame(trainer.ShowStats), warmUp: 1);
        app.End(token);

        output.WriteLine($"  next-item choice (practice session start: plan over the bank, start the session, first question)  {start.Summary(10)}");
        output.WriteLine($"  next question within a session                                                                    {next.Summary()}");
        output.WriteLine($"  answer → verdict (check, durable write of answer + card + review log, feedback frame)          {answer.Summary(30)}");
        output.WriteLine($"  menu (totals, due today, new, readiness today and on the exam date)                             {menu.Summary(50)}");
        output.WriteLine($"  statistics screen (digest, statistics, forecast from the cards, chart)                          {stats.Summary(300)}");
        var peak = Timing.PeakMegabytes();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  peak memory of this session process (VmHWM) {peak:0} MB  [budget ≤ 200 MB: {(peak <= 200 ? "met" : "MISSED")}]"));
        return 0;
    }

    // Practice sessions of ten, answered with the first option (or a typed answer), until enough answers are timed;
    // then more session starts, each left at once, so that the choice has as many samples.
    private (Timing Start, Timing Answer, Timing Next) Study(Trainer trainer, Action<Action> frame)
    {
        var (start, answer, next) = (new Timing(), new Timing(), new Timing());
        var warmUp = new Timing();
        Session(trainer, frame, warmUp, warmUp, warmUp, int.MaxValue);
        while (answer.Count < runs)
        {
            Session(trainer, frame, start, answer, next, runs);
        }

        while (start.Count < runs)
        {
            start.Time(() => frame(() => trainer.Start(new StudyRequest(StudyMode.Practice, 10))));
            trainer.EndSessionEarly();
            frame(trainer.ShowMenu);
        }

        return (start, answer, next);
    }

    private static void Session(Trainer trainer, Action<Action> frame, Timing start, Timing answer, Timing next, int runs)
    {
        start.Time(() => frame(() => trainer.Start(new StudyRequest(StudyMode.Practice, 10))));
        while (trainer.CurrentScreen is QuestionScreen screen && answer.Count < runs)
        {
            answer.Time(() => frame(() => trainer.Answer(AnyResponse(screen.Question))));
            next.Time(() => frame(trainer.Next));
        }

        frame(trainer.ShowMenu);
    }

    private static Response AnyResponse(Question question) => question.Kind switch
    {
        QuestionKind.Matching => new Response([.. question.Options.Select(_ => 0)]),
        _ when question.Kind.HasOptions() => Response.Choice(0),
        _ => Response.Typed(question.Answers.FirstOrDefault() ?? "x"),
    };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
