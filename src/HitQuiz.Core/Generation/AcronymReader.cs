using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>
/// Reads acronym definitions: "Expansion (ACR)", "expansion, or ACR," and "ACR, the Expansion". The expansion is the
/// shortest run of words before the acronym whose initials spell it, so surrounding words are not swept in.
/// </summary>
internal static partial class AcronymReader
{
    [GeneratedRegex(@"\((?<acr>[A-Z][A-Za-z]*[A-Z]s?)\)|,\s+or\s+(?<acr>[A-Z]{2,}s?)\b")]
    private static partial Regex AfterExpansion();

    [GeneratedRegex(@"\b(?<acr>[A-Z]{2,}s?),\s+the\s+(?<exp>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|on|the|in))*)")]
    private static partial Regex BeforeExpansion();

    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "on", "the", "in", "&" };

    public static IEnumerable<(string Acronym, string Expansion)> Read(string sentence)
    {
        foreach (Match m in AfterExpansion().Matches(sentence))
        {
            var acronym = m.Groups["acr"].Value;
            var words = sentence[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(12).ToArray();
            if (Fit(words, acronym) is { } expansion)
            {
                yield return (acronym, expansion);
            }
        }

        foreach (Match m in BeforeExpansion().Matches(sentence))
        {
            var words = m.Groups["exp"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var take = words.Length; take >= 2; take--)
            {
                if (Spells(words[..take], m.Groups["acr"].Value))
                {
                    yield return (m.Groups["acr"].Value, string.Join(' ', words[..take]).TrimEnd(',', '.', ';'));
                    break;
                }
            }
        }
    }

    public static EntityType Classify(string expansion)
    {
        var words = Words.Tokens(expansion);
        if (words.Any(w => w is "association" or "commission" or "bureau" or "organization" or "institute" or "department"
            or "agency" or "council" or "board" or "society" or "administration" or "centers" or "center"))
        {
            return EntityType.Organization;
        }

        return words.Length > 0 && words[0] is "registered" or "certified" or "licensed" ? EntityType.Credential : EntityType.Term;
    }

    private static string? Fit(string[] words, string acronym)
    {
        for (var start = words.Length - 1; start >= 0; start--)
        {
            if (start < words.Length - 1 && words[start].TrimEnd(')').EndsWith(',') || words[start].EndsWith('.') || words[start].EndsWith(':'))
            {
                return null; // crossed a clause boundary before the words spelled the acronym
            }

            if (Spells(words[start..], acronym))
            {
                return string.Join(' ', words[start..]).TrimEnd(',', ';');
            }
        }

        return null;
    }

    /// <summary>True when the words start with the acronym's first letter and their initials contain all its letters in order.</summary>
    private static bool Spells(string[] words, string acronym)
    {
        var letters = acronym.EndsWith('s') ? acronym[..^1] : acronym;
        var initials = words
            .SelectMany(w => w.Trim(',', '(', ')', '.').Split('-', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 0)
            .Select(w => (Initial: char.ToUpperInvariant(w[0]), IsMinor: Minor.Contains(w)))
            .ToList();
        if (initials.Count < 2 || initials[0].IsMinor || initials[0].Initial != char.ToUpperInvariant(letters[0]))
        {
            return false;
        }

        var i = 0;
        foreach (var (initial, _) in initials)
        {
            if (i < letters.Length && initial == char.ToUpperInvariant(letters[i]))
            {
                i++;
            }
        }

        var major = initials.Count(x => !x.IsMinor);
        return i == letters.Length && major <= letters.Length + 1;
    }
}
