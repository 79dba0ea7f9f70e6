using System.Globalization;
using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// The general feedback written on export: the explanation, then the source reference in parentheses, like
/// <c>Why text. (Source: sources/a.txt &gt; Section, line 4; evidence: "…")</c>. Reading it back recovers both.
/// </summary>
public static partial class FeedbackText
{
    public static string? Compose(Question question)
    {
        var parts = new List<string>();
        if (question.Explanation is { Length: > 0 } why)
        {
            parts.Add(why);
        }

        if (question.Source is { } source)
        {
            var line = source.Line is int n ? ", line " + n.ToString(CultureInfo.InvariantCulture) : "";
            var evidence = source.Evidence is { Length: > 0 } e ? $"; evidence: \"{e}\"" : "";
            parts.Add($"(Source: {source.Document} > {source.Section}{line}{evidence})");
        }

        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    /// <summary>Splits general feedback into the explanation and the source reference it ends with, if any.</summary>
    public static (string? Explanation, SourceReference? Source) Read(string? feedback)
    {
        if (string.IsNullOrWhiteSpace(feedback))
        {
            return (null, null);
        }

        var match = SourceSuffix().Match(feedback);
        if (!match.Success)
        {
            return (feedback.Trim(), null);
        }

        var (document, section, line) = SourceField.Split(match.Groups["source"].Value);
        if (document is null || section.Length == 0)
        {
            return (feedback.Trim(), null);
        }

        var evidence = match.Groups["evidence"].Success ? match.Groups["evidence"].Value : null;
        var why = match.Groups["why"].Value.Trim();
        return (why.Length == 0 ? null : why, new SourceReference(document, section, line, evidence));
    }

    [GeneratedRegex(@"^(?<why>.*?)\s*\(Source: (?<source>[^;]*?)(?:; evidence: ""(?<evidence>.*)"")?\)\s*$", RegexOptions.Singleline)]
    private static partial Regex SourceSuffix();
}
