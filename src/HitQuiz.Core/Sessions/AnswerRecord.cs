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
    string Section);
