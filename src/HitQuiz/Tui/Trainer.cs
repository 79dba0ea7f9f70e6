using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using HitQuiz.Study;
using Terminal.Gui.Views;

namespace HitQuiz.Tui;

/// <summary>
/// Drives the text UI: shows one screen at a time in the main window and turns the learner's actions into calls
/// on the study session, the scheduler and the store. Every answer is stored before its verdict is shown.
/// </summary>
internal sealed class Trainer
{
    private readonly Window _window;
    private readonly StatusLine _status = new();
    private readonly Scheduler _scheduler;
    private StudyContext _context;
    private Screen? _screen;
    private PracticeSession? _session;
    private StudyRecorder? _recorder;
    private readonly MenuPrompts _prompts;
    private string _modeName = "Practice";
    private long _questionShownAt;
    private readonly List<string> _farewellNotices = [];

    public Trainer(StudyContext context, Window window)
    {
        _context = context;
        _window = window;
        _scheduler = new Scheduler(new SchedulerOptions { Random = context.Random });
        _window.Add(_status);
        Exam = new ExamRunner(this, () => _context, _scheduler);
        _prompts = new MenuPrompts(this, () => _context);
    }

    public Screen? CurrentScreen => _screen;

    public ExamRunner Exam { get; }

    public string Learner => _context.Learner;

    public void ShowMenu()
    {
        var now = _context.Clock.GetUtcNow();
        var cards = _context.Store.Cards(_context.Learner);
        var workload = Workload.Of(_context.Bank, cards, now);
        var examDate = _context.Store.ExamDate(_context.Learner);
        var today = ExamDates.Today(now, TimeZoneInfo.Local);
        var estimator = new ReadinessEstimator(_scheduler);
        var model = new MenuModel(
            _context.Learner,
            _context.Store.Totals(_context.Learner),
            _context.Bank.Count,
            workload.DueToday,
            workload.New,
            estimator.Estimate(_context.Bank, cards, now),
            examDate,
            examDate is { } date && date > today ? estimator.Estimate(_context.Bank, cards, ExamMorning(date)) : null,
            _context.Notices)
        { ExamIsToday = examDate == today };
        Show(new MenuScreen(model, MenuActions()));
    }

    private List<MenuAction> MenuActions() =>
    [
        new('P', "Practice", "due items first, then new ones", () => Start(new StudyRequest(StudyMode.Practice, _context.SessionSize))),
        new('R', "Review mistakes", "recent mistakes and weak items", () => Start(new StudyRequest(StudyMode.Review, _context.SessionSize))),
        new('T', "Drill a topic", "one section of the bank", _prompts.PickTopic),
        new('E', "Exam simulation", "timed, no feedback until you submit", () => Exam.Start()),
        new('C', "Cram", "least-remembered items on your exam date", _prompts.StartCram),
        new('S', "Statistics", "progress over time, mastery, forecast, weakest items", ShowStats),
        new('D', "Exam date", "set the date readiness and cram aim at", () => _prompts.AskExamDate(ShowMenu)),
        new('L', "Learner", "switch to or add another learner", _prompts.PickLearner),
        new('Q', "Quit", "", Quit),
    ];

    /// <summary>Starts a session of any mode, as asked on the command line.</summary>
    public void Begin(StudyRequest request)
    {
        if (request.Mode == StudyMode.Exam)
        {
            Exam.Start(request);
        }
        else if (request.Mode == StudyMode.Cram && request.ExamDate is null)
        {
            _prompts.StartCram();
        }
        else
        {
            Start(request with { Count = request.Count ?? _context.SessionSize });
        }
    }

    public void Start(StudyRequest request)
    {
        if (_context.Bank.Count == 0)
        {
            ShowMessage("No questions to practise", "The question bank is empty. Run 'hitquiz check' to see why.");
            return;
        }

        var now = _context.Clock.GetUtcNow();
        var cards = _context.Store.Cards(_context.Learner);
        var plan = Plan(request, cards, now);
        if (plan.Questions.Count == 0)
        {
            ShowMessage("Nothing to ask", request.Mode == StudyMode.Review
                ? "Nothing to review: no recent mistakes and nothing below 80% predicted recall. Practise instead."
                : "No questions match.");
            return;
        }

        _modeName = request.Mode.ToString();
        var id = _context.Store.StartSession(_context.Learner, request.Mode.ToString().ToLowerInvariant(), now);
        _session = new PracticeSession(_context.Learner, id, plan.Questions, now);
        _recorder = new StudyRecorder(_context, _scheduler, cards, schedules: request.Mode != StudyMode.Cram);
        ShowQuestion();
    }

    public void Answer(Response response)
    {
        var session = _session ?? throw new InvalidOperationException("No session is running.");
        var elapsed = _context.Clock.GetElapsedTime(_questionShownAt);
        var now = _context.Clock.GetUtcNow();
        var verdict = session.Submit(response, elapsed, now);
        if (!TrySave(() => _recorder!.Record(verdict, Grading.GradeFor(verdict.Correct, null), now)))
        {
            return;
        }

        var progress = Progress(session, verdict.Question, session.Verdicts.Count);
        Show(new FeedbackScreen(verdict, _context.Explain(verdict.Question), progress, Next, EndSessionEarly, regrade: Regrade(verdict)));
    }

    private Func<Grade, string>? Regrade(Verdict verdict) => _recorder is { Schedules: true } recorder
        ? grade =>
        {
            var saved = TrySave(() => recorder.Regrade(verdict.Question.Id, grade));
            return !saved ? "The new grade could not be saved."
                : grade == Grade.Hard ? "Marked as a guess: it will come back sooner."
                : "Marked as easy: it will come back later.";
        }
        : null;

    public void Next()
    {
        if (_session is { IsFinished: false })
        {
            ShowQuestion();
        }
        else
        {
            FinishSession(show: true);
        }
    }

    public void EndSessionEarly() => FinishSession(show: true);

    /// <summary>Records the end of a session still running when the trainer closes (Quit, Ctrl+C).</summary>
    public void Close()
    {
        FinishSession(show: false);
        if (Exam.Close() is { } notice)
        {
            _farewellNotices.Add(notice);
        }
    }

    /// <summary>Adds a notice to the menu's (an exam cut short, say).</summary>
    public void AddNotice(string notice) => _context = _context with { Notices = [.. _context.Notices, notice] };

    public void ShowHelp()
    {
        if (_screen is HelpScreen)
        {
            return;
        }

        var previous = _screen;
        Show(new HelpScreen(() =>
        {
            if (previous is not null)
            {
                Show(previous);
            }
        }));
    }

    public void Quit() => _window.App?.RequestStop();

    public void ShowStats() => Show(StatsScreen.For(
        _context, TimeZoneInfo.Local, ShowMenu, _context.Store.Cards(_context.Learner).Values.Select(c => c.Due)));

    /// <summary>Called about once a second: the exam's countdown and auto-submit.</summary>
    public void Tick() => Exam.Tick();

    /// <summary>What to say on leaving: the learner's totals, so progress is visible even from the shell.</summary>
    public string Farewell()
    {
        var totals = _context.Store.Totals(_context.Learner);
        var learner = LearnerName.Shown(_context.Learner);
        var line = totals.Answered == 0
            ? $"HitQuiz: {learner} has no answers recorded yet."
            : $"HitQuiz: {learner} has answered {totals.Answered} question{(totals.Answered == 1 ? "" : "s")}, {totals.PercentCorrect:0}% correct.";
        return string.Join(Environment.NewLine, [.. _farewellNotices.Select(n => "HitQuiz: " + n), line]);
    }

    public void ShowMessage(string title, string message) => Show(new MessageScreen(this, title, message));

    public void Show(Screen screen)
    {
        if (_screen is not null)
        {
            _window.Remove(_screen);
        }

        _screen = screen;
        _window.Add(screen);
        _status.Hints = screen.Hints;
        screen.SetFocus();
        _window.SetNeedsDraw();
    }

    /// <summary>Runs a store write; a failure is shown to the learner instead of the verdict.</summary>
    public bool TrySave(Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Storage.StoreException e)
        {
            _session = null;
            ShowMessage("Your answer could not be saved", e.Message + " Answers saved before this one are safe.");
            return false;
        }
    }

    internal static DateTimeOffset ExamMorning(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private StudyPlan Plan(StudyRequest request, IReadOnlyDictionary<string, Card> cards, DateTimeOffset now) =>
        Cli.StudyPlanning.Plan(_context, _scheduler, request, cards, now);

    /// <summary>Ends any session and makes <paramref name="learner"/> the one studying (added if new).</summary>
    public void SwitchTo(string learner)
    {
        FinishSession(show: false);
        if (TrySave(() => _context.Store.GetOrAddLearner(learner, _context.Clock.GetUtcNow())))
        {
            _context = _context with { Learner = learner };
            ShowMenu();
        }
    }

    private void ShowQuestion()
    {
        var session = _session!;
        var question = session.Current;
        _questionShownAt = _context.Clock.GetTimestamp();
        var progress = Progress(session, question, session.Position);
        Show(new QuestionScreen(question, () => progress, Answer, EndSessionEarly));
    }

    private void FinishSession(bool show)
    {
        if (_session is not { } session)
        {
            if (show)
            {
                ShowMenu();
            }

            return;
        }

        var now = _context.Clock.GetUtcNow();
        var summary = session.Summarise(now);
        _session = null;
        _context.Store.FinishSession(session.SessionId, now, summary.Answered, summary.Correct);
        if (show)
        {
            Show(new SummaryScreen(this, summary));
        }
    }

    private string Progress(PracticeSession session, Question question, int position) =>
        $"{_modeName} · {position}/{session.Questions.Count} · {question.SectionName}";
}
