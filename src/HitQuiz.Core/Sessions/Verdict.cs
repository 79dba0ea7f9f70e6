using HitQuiz.Questions;

namespace HitQuiz.Sessions;

/// <summary>The outcome of one answer: right or wrong, the key, and the record to store before showing it.</summary>
public sealed record Verdict(Question Question, bool Correct, IReadOnlyList<string> Key, AnswerRecord Record);
