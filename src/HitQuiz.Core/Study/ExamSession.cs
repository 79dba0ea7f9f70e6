using HitQuiz.Questions;
using HitQuiz.Sessions;

namespace HitQuiz.Study;

/// <summary>
/// A timed exam simulation: answers by item with no feedback, flags, a review grid, and one submission.
/// Every method that takes <c>now</c> first submits the exam if <c>now</c> is at or past the <see cref="Deadline"/>,
/// so a front end that only checks on its next read still auto-submits at time-out, at the deadline.
/// </summary>
public sealed class ExamSession(string learner, long sessionId, IReadOnlyList<Question> items, DateTimeOffset started, TimeSpan duration)
{
    private readonly (Response Response, DateTimeOffset At, TimeSpan Took)?[] _answers = new (Response, DateTimeOffset, TimeSpan)?[items.Count];
    private readonly bool[] _flags = new bool[items.Count];
    private DateTimeOffset? _lastAnswerAt;

    public string Learner => learner;

    public long SessionId => sessionId;

    public IReadOnlyList<Question> Items => items;

    public DateTimeOffset Started => started;

    public DateTimeOffset Deadline => started + duration;

    /// <summary>The 0-based index of the item on screen.</summary>
    public int Index { get; private set; }

    public Question Current => items[Index];

    public ExamResult? Result { get; private set; }

    public bool IsSubmitted => Result is not null;

    public TimeSpan TimeLeft(DateTimeOffset now) => IsTimeUp(now) ? TimeSpan.Zero : Deadline - now;

    /// <summary>
    /// True once <paramref name="now"/> is at or past the deadline; the exam is then submitted, at the deadline.
    /// <paramref name="unentered"/> is an answer the current item holds on screen but that was not entered (text typed,
    /// no Enter yet): time-out keeps it as the item's answer, given at the deadline, as moving to another item would.
    /// </summary>
    public bool IsTimeUp(DateTimeOffset now, Response? unentered = null)
    {
        if (now < Deadline)
        {
            return false;
        }

        if (unentered is not null && !IsSubmitted)
        {
            Keep(unentered, Deadline);
        }

        SubmitOnce(Deadline, timedOut: true);
        return true;
    }

    public Response? AnswerAt(int index) => _answers[CheckIndex(index)]?.Response;

    /// <summary>The answer to item <paramref name="index"/> as submission would grade it, or null: what is kept while the exam is in progress.</summary>
    public AnswerRecord? RecordAt(int index) => _answers[CheckIndex(index)] is null ? null : Verdict(index, items[index], Started).Record;

    public bool IsFlagged(int index) => _flags[CheckIndex(index)];

    /// <summary>Answers the current item (replacing an earlier answer) and moves on; false once the exam is submitted.</summary>
    public bool Answer(Response response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (IsTimeUp(now) || IsSubmitted)
        {
            return false;
        }

        Keep(response, now);
        Next();
        return true;
    }

    /// <summary>Answers item <paramref name="index"/> (as from the review grid) and moves on from it.</summary>
    public bool Answer(int index, Response response, DateTimeOffset now)
    {
        GoTo(index);
        return Answer(response, now);
    }

    public void Flag(int index) => _flags[CheckIndex(index)] = true;

    public void Unflag(int index) => _flags[CheckIndex(index)] = false;

    public void GoTo(int index) => Index = CheckIndex(index);

    /// <summary>Moves to the next item, wrapping to the first so skipped items come round again.</summary>
    public void Next() => Index = items.Count == 0 ? 0 : (Index + 1) % items.Count;

    public IReadOnlyList<ExamGridCell> Grid() =>
        [.. Enumerable.Range(0, items.Count).Select(i => new ExamGridCell(i + 1, _answers[i] is not null, _flags[i], i == Index))];

    public ExamResult Submit(DateTimeOffset now)
    {
        IsTimeUp(now);
        return SubmitOnce(now, timedOut: false);
    }

    private ExamResult SubmitOnce(DateTimeOffset at, bool timedOut)
    {
        if (Result is { } done)
        {
            return done;
        }

        var verdicts = items.Select((q, i) => Verdict(i, q, at)).ToList();
        var sections = verdicts.GroupBy(v => v.Question.SectionName)
            .Select(g => new ExamSectionResult(g.Key, g.Count(), g.Count(v => v.Answered), g.Count(v => v.Correct)))
            .OrderBy(s => s.Section, StringComparer.Ordinal)
            .ToList();
        Result = new ExamResult(verdicts, sections, at, timedOut);
        return Result;
    }

    private ExamItemResult Verdict(int index, Question question, DateTimeOffset submittedAt)
    {
        if (_answers[index] is not ({ } response, var at, var took))
        {
            var none = new AnswerRecord(learner, question.Id, [], false, TimeSpan.Zero, submittedAt, sessionId, question.SectionName);
            return new ExamItemResult(index + 1, question, null, false, none);
        }

        var correct = AnswerChecker.IsCorrect(question, response);
        var record = new AnswerRecord(
            learner, question.Id, AnswerChecker.ChosenTexts(question, response), correct, took, at, sessionId, question.SectionName);
        return new ExamItemResult(index + 1, question, response, correct, record);
    }

    private void Keep(Response response, DateTimeOffset at)
    {
        // Time on an item is counted from the previous answer: what a learner revisits is not timed twice.
        _answers[Index] = (response, at, at - (_lastAnswerAt ?? started));
        _lastAnswerAt = at;
    }

    private int CheckIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, items.Count);
        return index;
    }
}
