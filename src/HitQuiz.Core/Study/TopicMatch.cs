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

        var summaries = Enumerable.Range(0, bank.Count).Select(i => QuestionSummary.At(bank, i)).ToList();
        var exact = Matching(summaries, n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        return new BankView(bank, exact.Count > 0 ? exact : Matching(summaries, n => n.Contains(wanted, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The distinct section names of the bank, for listing when a topic matches nothing.</summary>
    public static IReadOnlyList<string> Sections(IReadOnlyList<Question> bank) =>
        [.. BankIndex.Of(bank).Sections.Select(s => s.Key).Order(StringComparer.Ordinal)];

    // The positions of the items whose topic, source section or section name passes the test; the bank is not read.
    private static List<int> Matching(List<QuestionSummary> summaries, Func<string, bool> test) =>
        [.. Enumerable.Range(0, summaries.Count).Where(i => Names(summaries[i]).Any(test))];

    private static IEnumerable<string> Names(QuestionSummary question) =>
        new[] { question.Topic, question.SourceSection, question.SectionName }.OfType<string>();
}
