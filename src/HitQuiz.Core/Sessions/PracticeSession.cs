using HitQuiz.Questions;

namespace HitQuiz.Sessions;

/// <summary>
/// A running practice session: the planned questions, where the learner is, and the verdicts so far.
/// Front ends submit a response, store the returned record, then show the verdict.
/// </summary>
public sealed class PracticeSession(string learner, long sessionId, IReadOnlyList<Question> questions, DateTimeOffset started)
{
    private readonly List<Verdict> _verdicts = [];

    public string Learner => learner;

    public long SessionId => sessionId;

    public IReadOnlyList<Question> Questions => questions;

    public IReadOnlyList<Verdict> Verdicts => _verdicts;

    public DateTimeOffset Started => started;

    /// <summary>1-based position of the current question, for "N/M" displays.</summary>
    public int Position => Math.Min(_verdicts.Count + 1, questions.Count);

    public bool IsFinished => _verdicts.Count >= questions.Count;

    public Question Current => IsFinished
        ? throw new InvalidOperationException("The session is finished.")
        : questions[_verdicts.Count];

    public Verdict Submit(Response response, TimeSpan responseTime, DateTimeOffset now)
    {
        var question = Current;
        var correct = AnswerChecker.IsCorrect(question, response);
        var record = new AnswerRecord(
            learner,
            question.Id,
            AnswerChecker.ChosenTexts(question, response),
            correct,
            responseTime,
            now,
            sessionId,
            question.SectionName);
        var verdict = new Verdict(question, correct, question.Answers, record);
        _verdicts.Add(verdict);
        return verdict;
    }

    public SessionSummary Summarise(DateTimeOffset now)
    {
        var sections = _verdicts
            .GroupBy(v => v.Question.SectionName)
            .Select(g => new SectionResult(g.Key, g.Count(), g.Count(v => v.Correct)))
            .OrderBy(s => s.Section, StringComparer.Ordinal)
            .ToList();
        return new SessionSummary(questions.Count, _verdicts.Count, _verdicts.Count(v => v.Correct), now - started, sections);
    }
}
