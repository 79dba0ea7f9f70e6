namespace HitQuiz.Sessions;

/// <summary>One answer a learner gave, as stored: written durably before the verdict is shown.</summary>
public sealed record AnswerRecord(
    string Learner,
    string QuestionId,
    IReadOnlyList<string> Chosen,
    bool Correct,
    TimeSpan ResponseTime,
    DateTimeOffset AnsweredAt,
    long SessionId,
    string Section)
{
    /// <summary>
    /// False for an exam item left unanswered when the exam was submitted: it is stored (nothing chosen, scored wrong)
    /// so the exam's record is whole, but it is no answer: it counts in no total, statistic or history.
    /// </summary>
    public bool IsAnswered => Chosen.Count > 0;
}
