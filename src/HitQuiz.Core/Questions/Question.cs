namespace HitQuiz.Questions;

/// <summary>
/// One question. <see cref="Answers"/> holds option texts for the choice kinds, and the accepted answers for
/// <see cref="QuestionKind.Cloze"/> (whose <see cref="Options"/> are empty). True/false options are "True", "False".
/// </summary>
public sealed record Question(string Id, QuestionKind Kind, string Stem, IReadOnlyList<string> Options, IReadOnlyList<string> Answers)
{
    public string? Topic { get; init; }

    public SourceReference? Source { get; init; }

    public string? Explanation { get; init; }

    public QuestionStatus Status { get; init; } = QuestionStatus.Ok;

    /// <summary>Where the question was read from, when it came from a file.</summary>
    public FileLocation? Origin { get; init; }

    /// <summary>The section used to group results: the topic if given, else the source section title.</summary>
    public string SectionName => Topic ?? Source?.Section ?? "General";
}
