namespace HitQuiz.Questions;

/// <summary>The choice list of a matching question.</summary>
public static class MatchingChoices
{
    /// <summary>
    /// The distinct non-empty right items, in ordinal order: a fixed order keeps saved answers meaningful, and
    /// sorting hides which left item each choice was written next to.
    /// </summary>
    public static IReadOnlyList<string> Order(IEnumerable<string> rights) =>
        rights.Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
