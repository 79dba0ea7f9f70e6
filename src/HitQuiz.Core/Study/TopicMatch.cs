using HitQuiz.Questions;

namespace HitQuiz.Study;

/// <summary>
/// Finds the items of a section or topic the learner named: those whose topic, source section or section name
/// equals it ignoring case; failing that, those where it appears in one of them, so "privacy" finds
/// "Access, Disclosure, Privacy &amp; Security".
/// </summary>
public static class TopicMatch
{
    public static IReadOnlyList<Question> Filter(IReadOnlyList<Question> bank, string? topic)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var wanted = topic?.Trim() ?? "";
        if (wanted.Length == 0)
        {
            return [];
        }

        var exact = bank.Where(q => Names(q).Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase))).ToList();
        return exact.Count > 0
            ? exact
            : [.. bank.Where(q => Names(q).Any(n => n.Contains(wanted, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>The distinct section names of the bank, for listing when a topic matches nothing.</summary>
    public static IReadOnlyList<string> Sections(IReadOnlyList<Question> bank) =>
        [.. bank.Select(q => q.SectionName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Names(Question question) =>
        new[] { question.Topic, question.Source?.Section, question.SectionName }.OfType<string>();
}
