namespace HitQuiz.Stats;

/// <summary>How many times one learner left one exam item unanswered when the exam was submitted.</summary>
public sealed record OmittedItem(string QuestionId, string Section, int Count);
