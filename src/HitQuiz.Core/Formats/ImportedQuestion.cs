using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>A question read from an instructor's file, with the lines it spans there.</summary>
public sealed record ImportedQuestion(Question Question, int FirstLine, int LastLine);
