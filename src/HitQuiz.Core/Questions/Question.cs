namespace HitQuiz.Questions;

/// <summary>
/// One question. <see cref="Answers"/> holds option texts for the choice kinds, and the accepted answers for
/// <see cref="QuestionKind.Cloze"/> (whose <see cref="Options"/> are empty). True/false options are "True", "False".
/// A <see cref="QuestionKind.Numerical"/> question has no options; its answers are values like "1822", "1822:2" (with a
/// tolerance) or "1..5" (a range), see <see cref="NumericAnswer"/>. A <see cref="QuestionKind.Matching"/> question's
/// options are the left items, its answers the matching right item for each left item in the same order, and
/// <see cref="Choices"/> the right items offered for every left item.
/// </summary>
public sealed record Question(string Id, QuestionKind Kind, string Stem, IReadOnlyList<string> Options, IReadOnlyList<string> Answers)
{
    /// <summary>
    /// Matching only: the distinct right items and any extra distractors, in ordinal order so that their position
    /// says nothing about which left item they belong to. Empty for the other kinds.
    /// </summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public string? Topic { get; init; }

    public SourceReference? Source { get; init; }

    public string? Explanation { get; init; }

    public QuestionStatus Status { get; init; } = QuestionStatus.Ok;

    /// <summary>Where the question was read from, when it came from a file.</summary>
    public FileLocation? Origin { get; init; }

    /// <summary>The section used to group results: the topic if given, else the source section title.</summary>
    public string SectionName => Topic ?? Source?.Section ?? "General";
}
