namespace HitQuiz.Questions;

/// <summary>The short names used for question kinds in <c>*.quiz.md</c> files and JSON.</summary>
public static class QuestionKinds
{
    private static readonly Dictionary<string, QuestionKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mc"] = QuestionKind.MultipleChoice,
        ["multi"] = QuestionKind.MultipleResponse,
        ["tf"] = QuestionKind.TrueFalse,
        ["cloze"] = QuestionKind.Cloze,
        ["not"] = QuestionKind.NotListed,
        ["match"] = QuestionKind.Matching,
        ["num"] = QuestionKind.Numerical,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string Name(this QuestionKind kind) => kind switch
    {
        QuestionKind.MultipleChoice => "mc",
        QuestionKind.MultipleResponse => "multi",
        QuestionKind.TrueFalse => "tf",
        QuestionKind.Cloze => "cloze",
        QuestionKind.NotListed => "not",
        QuestionKind.Matching => "match",
        QuestionKind.Numerical => "num",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string name, out QuestionKind kind) => ByName.TryGetValue(name.Trim(), out kind);

    /// <summary>True for kinds answered by choosing one or more of the options (mc, multi, tf, not).</summary>
    public static bool HasOptions(this QuestionKind kind) => kind is not (QuestionKind.Cloze or QuestionKind.Numerical or QuestionKind.Matching);

    /// <summary>True for kinds answered by typing (cloze, num).</summary>
    public static bool IsTyped(this QuestionKind kind) => kind is QuestionKind.Cloze or QuestionKind.Numerical;
}
