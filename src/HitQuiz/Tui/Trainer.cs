using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Storage;
using Terminal.Gui.App;
using Terminal.Gui.Views;

namespace HitQuiz.Tui;

/// <summary>
/// Drives the text UI: shows one screen at a time in the main window and turns the learner's actions into
/// calls on the practice session and the store. Every answer is stored before its verdict is shown.
/// </summary>
internal sealed class Trainer
{
    private readonly StudyContext _context;
    private readonly Window _window;
    private readonly StatusLine _status = new();
    private Screen? _screen;
    private PracticeSession? _session;
    private long _questionShownAt;

    public Trainer(StudyContext context, Window window)
    {
        _context = context;
        _window = window;
        _window.Add(_status);
    }

    public Screen? CurrentScreen => _screen;

    public void ShowMenu()
    {
        var totals = _context.Store.Totals(_context.Learner);
        Show(new MenuScreen(this, _context.Learner, totals, _context.Bank.Count, _context.Notices));
    }

    public void StartPractice()
    {
        if (_context.Bank.Count == 0)
        {
            Show(new MessageScreen(this, "No questions to practise", "The question bank is empty. Run 'hitquiz check' to see why."));
            return;
        }

        var history = _context.Store.History(_context.Learner).ToDictionary(h => h.QuestionId);
        var questions = SessionPlanner.Choose(_context.Bank, history, _context.SessionSize, _context.Random);
        var now = _context.Clock.GetUtcNow();
        var id = _context.Store.StartSession(_context.Learner, "practice", now);
        _session = new PracticeSession(_context.Learner, id, questions, now);
        ShowQuestion();
    }

    public void Answer(Response response)
    {
        var session = _session ?? throw new InvalidOperationException("No session is running.");
        var elapsed = _context.Clock.GetElapsedTime(_questionShownAt);
        var verdict = session.Submit(response, elapsed, _context.Clock.GetUtcNow());
        try
        {
            _context.Store.RecordAnswer(verdict.Record);
        }
        catch (StoreException e)
        {
            _session = null;
            Show(new MessageScreen(this, "Your answer could not be saved", e.Message + " Answers saved before this one are safe."));
            return;
        }

        Show(new FeedbackScreen(this, verdict, _context.Explain(verdict.Question), Progress(session, verdict.Question, session.Verdicts.Count)));
    }

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
    public void Close() => FinishSession(show: false);

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

    /// <summary>What to say on leaving: the learner's totals, so progress is visible even from the shell.</summary>
    public string Farewell()
    {
        var totals = _context.Store.Totals(_context.Learner);
        return totals.Answered == 0
            ? "HitQuiz: no answers recorded yet."
            : $"HitQuiz: {_context.Learner} has answered {totals.Answered} questions, {totals.PercentCorrect:0}% correct.";
    }

    private void ShowQuestion()
    {
        var session = _session!;
        var question = session.Current;
        _questionShownAt = _context.Clock.GetTimestamp();
        Show(new QuestionScreen(this, question, Progress(session, question, session.Position)));
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

    private static string Progress(PracticeSession session, Question question, int position) =>
        $"Practice · {position}/{session.Questions.Count} · {question.SectionName}";

    private void Show(Screen screen)
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
}
