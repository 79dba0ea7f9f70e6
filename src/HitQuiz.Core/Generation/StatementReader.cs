using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>
/// Reads definitional sentences ("X, or Y, are Z") and negated requirements ("HITs don't need to be licensed"),
/// turning a negation into the positive statement it denies so a true/false item never carries a double negative.
/// </summary>
internal static partial class StatementReader
{
    [GeneratedRegex(@"^(?<subj>[A-Z][\w\s’'-]{2,60}?)(?:,\s+or\s+[A-Z]{2,}s?,)?\s+(?<verb>are|is)\s+(?<def>(?:a|an|the|trained|skilled)?\s*[\w\s’'-]{3,80}?)\.$")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\b(?:licens|certif|accredit|mandatory|requir|degree)", RegexOptions.IgnoreCase)]
    private static partial Regex Requirement();

    [GeneratedRegex(@",\s+(?:but|and|so|although|though)\s+|;\s*")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(?:not|never|no|n't)\b.*\b(?:not|never|no|n't)\b")]
    private static partial Regex DoubleNegative();

    [GeneratedRegex(@"\b(?:not|never|no)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    private static readonly (string Negative, string Positive)[] Negations =
    [
        (" is not ", " is "), (" are not ", " are "), (" isn't ", " is "), (" aren't ", " are "),
        (" don't need ", " need "), (" do not need ", " need "), (" doesn't need ", " needs "), (" does not need ", " needs "),
        (" cannot ", " can "), (" can't ", " can "), (" do not have to ", " have to "), (" don't have to ", " have to "),
        (" are not required ", " are required "), (" is not required ", " is required "),
    ];

    public static (string Subject, string Definition)? ReadDefinition(string sentence)
    {
        var m = Definition().Match(sentence);
        return m.Success && !m.Groups["def"].Value.StartsWith("not ", StringComparison.Ordinal) && m.Groups["def"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 2 and <= 8
            ? (m.Groups["subj"].Value.Trim(), $"{m.Groups["verb"].Value} {m.Groups["def"].Value.Trim()}")
            : null;
    }

    /// <summary>The positive statement a negated requirement denies, e.g. "HITs need to be licensed with states."</summary>
    public static string? ReadDeniedRequirement(string sentence)
    {
        if (!Requirement().IsMatch(sentence))
        {
            return null; // most sentences name no requirement; the clause (a prefix of the sentence) cannot either
        }

        var clause = (ClauseEnd().Match(sentence) is { Success: true } end ? sentence[..end.Index] : sentence).TrimEnd('.', ' ');
        // Every negation has "not" or "n't" in it: most clauses have neither and need no closer look.
        if (!clause.Contains("not", StringComparison.OrdinalIgnoreCase) && !clause.Contains("n't", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var padded = $" {clause} ";
        var hits = Negations.Where(n => padded.Contains(n.Negative, StringComparison.OrdinalIgnoreCase)).ToList();
        hits = hits.Where(h => !hits.Any(o => o != h && o.Negative.Contains(h.Negative, StringComparison.OrdinalIgnoreCase))).ToList();
        if (hits.Count != 1 || !Requirement().IsMatch(clause) || DoubleNegative().IsMatch(clause))
        {
            return null;
        }

        var positive = padded.Replace(hits[0].Negative, hits[0].Positive, StringComparison.OrdinalIgnoreCase).Trim();
        return Negative().IsMatch(positive) ? null : positive + ".";
    }
}
