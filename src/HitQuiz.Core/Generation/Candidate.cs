using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// A question before filtering: its key(s), distractors, evidence and the values that are true for its slot
/// (every member of the list, every compatible number), which no distractor may be.
/// </summary>
internal sealed record Candidate(string Template, FactKey FactKey, QuestionKind Kind, string Stem, IReadOnlyList<string> Answers, Evidence Evidence)
{
    public IReadOnlyList<string> Distractors { get; init; } = [];

    public IReadOnlyList<string> TrueValues { get; init; } = [];

    /// <summary>Higher ranks first when two candidates compete (near-duplicates, giveaways).</summary>
    public int Priority { get; init; }

    /// <summary>What the wrong options are, said after the evidence in the explanation (null when there is nothing to say).</summary>
    public string? Rationale { get; init; }

    /// <summary>
    /// How the explanation cites the source when not by quoting the evidence as it is stored: a whole list's evidence
    /// runs its items together (as the section's text does once normalised), and a table row's its key and value, so
    /// their explanations set them apart.
    /// </summary>
    public string? Said { get; init; }

    /// <summary>The part of the stem that tells this item apart from its siblings (near-duplicate detection ignores the template's frame).</summary>
    public string? Distinctive { get; init; }

    /// <summary>
    /// The id's digits (see <see cref="StableId.Digits"/>): candidates are told apart and ordered by them, and only the
    /// few that become questions spell out their <see cref="Id"/>.
    /// </summary>
    public uint IdDigits { get; } = StableId.Digits(Template, FactKey);

    public string Id => StableId.Format(IdDigits);

    public string Key => Answers.Count > 0 ? Answers[0] : "";

    /// <summary>The options as shown, in a stable order seeded by the id: numbers ascending, otherwise shuffled.</summary>
    public IReadOnlyList<string> Options => Kind switch
    {
        QuestionKind.Cloze => [],
        QuestionKind.TrueFalse => ["True", "False"],
        _ => OptionOrder.Arrange(Id, Kind == QuestionKind.MultipleResponse ? Answers : [Key], Distractors),
    };
}
