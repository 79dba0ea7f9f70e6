using HitQuiz.Cli;
using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using HitQuiz.Study;

namespace HitQuiz.Tui;

/// <summary>
/// The exam simulation in the text UI: items without feedback under a countdown, flags, the review grid,
/// submission (or auto-submission at time-out), the report per section, then a walk through every item.
/// </summary>
internal sealed class ExamRunner(Trainer trainer, Func<StudyContext> contextNow, Scheduler scheduler)
{
    private ExamSession? _exam;
    private IReadOnlyDictionary<string, Card> _cards = new Dictionary<string, Card>();

    // What was matched, toggled or typed on an item but not entered, by item: shown again on coming back.
    private readonly Dictionary<int, Response> _drafts = [];

    private StudyContext Context => contextNow();

    private DateTimeOffset Now => Context.Clock.GetUtcNow();

    public ExamSession? Current => _exam;

    public void Start(StudyRequest? request = null)
    {
        var context = Context;
        var now = Now;
        _cards = context.Store.Cards(context.Learner);
        var plan = Cli.StudyPlanning.Plan(context, scheduler, request ?? new StudyRequest(StudyMode.Exam), _cards, now);
        if (plan.Exam is not { } blueprint || plan.Questions.Count == 0)
        {
            trainer.ShowMessage("No exam possible", "The question bank is empty. Run 'hitquiz check' to see why.");
            return;
        }

        var id = context.Store.StartSession(context.Learner, "exam", now);
        _exam = new ExamSession(context.Learner, id, plan.Questions, now, blueprint.Duration);
        _drafts.Clear();
        ShowItem();
    }

    /// <summary>Keeps the countdown moving and submits when time is up.</summary>
    public void Tick()
    {
        if (_exam is not { IsSubmitted: false } exam)
        {
            return;
        }

        if (EndedByTime(exam, Now))
        {
            return;
        }

        if (trainer.CurrentScreen is QuestionScreen question)
        {
            question.Refresh();
        }
        else if (trainer.CurrentScreen is ExamGridScreen grid)
        {
            grid.Refresh();
        }
    }

    /// <summary>
    /// When the trainer closes mid-exam, the exam is cut short as a crash would leave it: the answers given so far
    /// are kept, nothing unanswered is recorded. Returns what to tell the learner, or null when no exam was running.
    /// </summary>
    public string? Close()
    {
        if (_exam is not { IsSubmitted: false } exam || !KeepDraft())
        {
            return null;
        }

        _exam = null;
        return ExamSaving.CutShort(Context.Store, scheduler, exam.SessionId, exam.Learner, Now);
    }

    private void ShowItem()
    {
        var exam = _exam!;
        var index = exam.Index;
        var keys = new ExamKeys(ToggleFlag, Leaving(() => Move(-1)), Leaving(() => Move(1)), Leaving(ShowGrid), Leaving(ConfirmSubmit));
        var shown = _drafts.GetValueOrDefault(index) ?? exam.AnswerAt(index);
        trainer.Show(new QuestionScreen(exam.Current, () => Header(index), Answer, keys.Grid, shown, keys));
    }

    private string Header(int index)
    {
        var exam = _exam!;
        var flag = exam.IsFlagged(index) ? " · ⚑ flagged" : "";
        var answered = exam.Grid().Count(c => c.Answered);
        return $"Exam · item {index + 1}/{exam.Items.Count} · {TimeLeft(exam)} left · {answered} answered{flag}";
    }

    // Only shown: submitting at time-out is left to the next action or tick, which first keeps what is typed on screen.
    private string TimeLeft(ExamSession exam) => Clock(exam.Deadline - Now);

    private void Answer(Response response)
    {
        var exam = _exam!;
        var item = exam.Index;
        var now = Now;
        if (EndedByTime(exam, now))
        {
            return;
        }

        exam.Answer(response, now);
        _drafts.Remove(item);
        if (trainer.TrySave(() => ExamSaving.KeepAnswer(Context.Store, exam, item)))
        {
            ShowItem();
        }
    }

    private Action Leaving(Action then) => () =>
    {
        if (KeepDraft())
        {
            then();
        }
    };

    /// <summary>
    /// Submits the exam when its time is up (or it was submitted), keeping first a typed answer on screen that was not
    /// entered, as moving to another item would keep it. True when the exam has ended.
    /// </summary>
    private bool EndedByTime(ExamSession exam, DateTimeOffset now)
    {
        if (!exam.IsTimeUp(now, Unentered(exam)) && !exam.IsSubmitted)
        {
            return false;
        }

        Finish(exam.Result!);
        return true;
    }

    // Text typed on the item on screen, not entered, that is an answer to it and not already its answer; or null.
    private Response? Unentered(ExamSession exam) =>
        trainer.CurrentScreen is QuestionScreen { Draft: { Text: { } text } draft } screen
        && screen.Question == exam.Current
        && TypedEntry.Refusal(exam.Current, text) is null
        && exam.AnswerAt(exam.Index)?.Text != text
            ? draft
            : null;

    /// <summary>
    /// Keeps what the item on screen holds but was not entered. Text that is an answer is recorded as the item's
    /// answer, as an exam would take it; anything else (a partial match, a wrong number of picks) is kept to show
    /// again. False when the exam ended meanwhile (time ran out) or the answer could not be saved.
    /// </summary>
    private bool KeepDraft()
    {
        var exam = _exam!;
        var index = exam.Index;
        if (trainer.CurrentScreen is not QuestionScreen { Draft: var draft } screen || screen.Question != exam.Current)
        {
            return true;
        }

        var now = Now;
        if (EndedByTime(exam, now))
        {
            return false;
        }

        _drafts.Remove(index);
        if (draft is null)
        {
            return true;
        }

        if (Unentered(exam) is not { } typed)
        {
            _drafts[index] = draft;
            return true;
        }

        exam.Answer(typed, now);
        exam.GoTo(index);
        return trainer.TrySave(() => ExamSaving.KeepAnswer(Context.Store, exam, index));
    }

    private void ToggleFlag()
    {
        var exam = _exam!;
        if (exam.IsFlagged(exam.Index))
        {
            exam.Unflag(exam.Index);
        }
        else
        {
            exam.Flag(exam.Index);
        }

        (trainer.CurrentScreen as QuestionScreen)?.Refresh();
    }

    private void Move(int by)
    {
        var exam = _exam!;
        exam.GoTo((exam.Index + by + exam.Items.Count) % exam.Items.Count);
        ShowItem();
    }

    private void ShowGrid()
    {
        var exam = _exam!;
        trainer.Show(new ExamGridScreen(
            exam,
            () => $"{TimeLeft(exam)} left",
            i =>
            {
                exam.GoTo(i);
                ShowItem();
            },
            ConfirmSubmit,
            ShowItem,
            ConfirmLeave));
    }

    private void ConfirmLeave()
    {
        var answered = _exam!.Grid().Count(c => c.Answered);
        trainer.Show(new ConfirmScreen(
            "Leave the exam?",
            $"Your {(answered == 1 ? "1 answer is" : $"{answered} answers are")} kept; the exam is not scored.",
            Leave,
            ShowGrid,
            enterConfirms: false));
    }

    private void Leave()
    {
        if (Close() is { } notice)
        {
            trainer.AddNotice(notice);
        }

        trainer.ShowMenu();
    }

    private void ConfirmSubmit()
    {
        var exam = _exam!;
        var grid = exam.Grid();
        var unanswered = grid.Count(c => !c.Answered);
        var flagged = grid.Count(c => c.Flagged);
        trainer.Show(new ConfirmScreen(
            "Submit the exam?",
            $"{unanswered} unanswered (they count as wrong) · {flagged} flagged. After submitting you see your report and can walk through every item.",
            () => Finish(exam.Submit(Now)),
            ShowGrid,
            enterConfirms: unanswered == 0));
    }

    private void Finish(ExamResult result)
    {
        var exam = _exam!;
        _exam = null;
        if (!trainer.TrySave(() => ExamSaving.Finish(Context.Store, scheduler, exam.SessionId, result, _cards)))
        {
            return;
        }

        ShowReport(result);
    }

    private void ShowReport(ExamResult result) =>
        trainer.Show(new ExamReportScreen(result, () => Walk(result, 0), trainer.ShowMenu));

    private void Walk(ExamResult result, int index)
    {
        var item = result.Items[index];
        var verdict = new Verdict(item.Question, item.Correct, item.Question.Answers, item.Record);
        var progress = $"Exam review · item {item.Number}/{result.Items.Count}{(item.Answered ? "" : " · not answered")} · {item.Question.SectionName}";
        trainer.Show(new FeedbackScreen(
            verdict,
            Context.Explain(item.Question),
            progress,
            index + 1 < result.Items.Count ? () => Walk(result, index + 1) : () => ShowReport(result),
            () => ShowReport(result),
            index > 0 ? () => Walk(result, index - 1) : null));
    }

    internal static string Clock(TimeSpan left) => SummaryText.Duration(left < TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling(left.TotalSeconds)));
}
