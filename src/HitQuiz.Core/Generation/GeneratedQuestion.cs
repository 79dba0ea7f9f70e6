using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>A generated question with the inclusive line range of its evidence in the source.</summary>
public sealed record GeneratedQuestion(Question Question, int FirstLine, int LastLine);
