using System.Buffers;
using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>
/// Reads definitional sentences ("X, or Y, are Z") and negated requirements ("HITs don't need to be licensed"),
/// turning a negation into the positive statement it denies so a true/false item never carries a double negative.
/// </summary>
internal static partial class StatementReader
{
    [GeneratedRegex(@"^(?<subj>[A-Z][\w\s’'-]{2,60}?)(?:,\s+or\s+[A-Z]{2,}s?,)?\s+(?<verb>are|is)\s+(?<def>(?:a|an|the|trained|skilled)?\s*[\w\s’'-]{3,80}?)\.$")]
    internal static partial Regex Definition();

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

    // ASCII characters that no part of a definition can hold (its words are \w, \s, ’, ' and -, and its only
    // commas those of ", or ACR,"): a sentence holding one before its final full stop is not matched at all.
    private static readonly SearchValues<char> NotInDefinition = SearchValues.Create("!\"#$%&()*+./:;<=>?@[\\]^`{|}~");

    public static (string Subject, string Definition)? ReadDefinition(string sentence)
    {
        if (!MayBeDefinition(sentence))
        {
            return null;
        }

        var m = Definition().Match(sentence);
        return m.Success && !m.Groups["def"].Value.StartsWith("not ", StringComparison.Ordinal) && m.Groups["def"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 2 and <= 8
            ? (m.Groups["subj"].Value.Trim(), $"{m.Groups["verb"].Value} {m.Groups["def"].Value.Trim()}")
            : null;
    }

    // What the definition pattern needs and a plain scan can rule out: a capital first, a full stop last, nothing
    // but word characters, spaces, apostrophes and hyphens between, and either no comma or the two of ", or ACR,".
    internal static bool MayBeDefinition(string sentence)
    {
        var end = sentence.EndsWith('\n') ? sentence.Length - 1 : sentence.Length; // "$" also matches before a final newline
        if (end < 2 || !char.IsAsciiLetterUpper(sentence[0]) || sentence[end - 1] != '.')
        {
            return false;
        }

        var body = sentence.AsSpan(0, end - 1);
        return !body.ContainsAny(NotInDefinition) && body.Count(',') is 0 or 2;
    }

    // Searched for in every sentence of a document; one vectorised search for both, as Contains(OrdinalIgnoreCase) finds them.
    private static readonly SearchValues<string> NegationWords = SearchValues.Create(["not", "n't"], StringComparison.OrdinalIgnoreCase);

    private static bool HasNegationWord(string text) => text.AsSpan().ContainsAny(NegationWords);

    /// <summary>The positive statement a negated requirement denies, e.g. "HITs need to be licensed with states."</summary>
    public static string? ReadDeniedRequirement(string sentence)
    {
        // Every negation has "not" or "n't" in it, and the clause is a prefix of the sentence: a sentence with neither
        // (most of them) needs no closer look, not even for a requirement.
        if (!HasNegationWord(sentence) || !Requirement().IsMatch(sentence))
        {
            return null; // most sentences name no requirement; the clause (a prefix of the sentence) cannot either
        }

        var clause = (ClauseEnd().Match(sentence) is { Success: true } end ? sentence[..end.Index] : sentence).TrimEnd('.', ' ');
        if (!HasNegationWord(clause))
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
