namespace HitQuiz.Sessions;

/// <summary>What a learner has done with one question so far.</summary>
public sealed record QuestionHistory(string QuestionId, int Attempts, int Correct, DateTimeOffset LastAnswered, bool LastCorrect);
