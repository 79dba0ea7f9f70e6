using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>A question read from an instructor's file, with the lines it spans there.</summary>
public sealed record ImportedQuestion(Question Question, int FirstLine, int LastLine)
{
    /// <summary>The file asks for the options in the order written (Moodle XML's <c>shuffleanswers</c> turned off).</summary>
    public bool KeepsOrder { get; init; }
}
