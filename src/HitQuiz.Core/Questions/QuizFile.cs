namespace HitQuiz.Questions;

/// <summary>
/// A parsed <c>*.quiz.md</c> file. <see cref="Questions"/> holds only the questions without errors; the errors
/// are in <see cref="Problems"/>. <see cref="DefaultSource"/> is the <c>Source file:</c> header, if any.
/// </summary>
public sealed record QuizFile(
    string File,
    string? Title,
    string? DefaultSource,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Problem> Problems)
{
    /// <summary>The line of the <c>Source file:</c> header (0 when absent).</summary>
    public int DefaultSourceLine { get; init; }

    public bool HasErrors => Problems.Any(p => p.IsError);
}
