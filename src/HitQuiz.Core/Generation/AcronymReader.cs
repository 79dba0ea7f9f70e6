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
        // Every pattern needs a "(" or a ",": a sentence with neither is turned down without a match being tried.
        if (sentence.AsSpan().IndexOfAny('(', ',') < 0)
        {
            yield break;
        }

        // Match/NextMatch rather than Matches: most sentences have no match and then nothing is allocated.
        for (var m = AfterExpansion().Match(sentence); m.Success; m = m.NextMatch())
        {
            var acronym = m.Groups["acr"].Value;
            if (Fit(LastWords(sentence, m.Index, 12), acronym) is { } expansion)
            {
                yield return (acronym, expansion);
            }
        }

        for (var m = BeforeExpansion().Match(sentence); m.Success; m = m.NextMatch())
        {
            var words = m.Groups["exp"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var initials = words.Select(Initials).ToArray();
            for (var take = words.Length; take >= 2; take--)
            {
                if (Spells(initials.AsSpan(..take), m.Groups["acr"].Value))
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

    // The last words (split at spaces) of the text before the end, in order.
    private static string[] LastWords(string text, int end, int count)
    {
        var words = new List<string>(count);
        var span = text.AsSpan(0, end);
        while (words.Count < count && !span.IsEmpty)
        {
            var space = span.LastIndexOf(' ');
            if (space < span.Length - 1)
            {
                words.Add(span[(space + 1)..].ToString());
            }

            span = span[..Math.Max(space, 0)];
        }

        words.Reverse();
        return [.. words];
    }

    private static string? Fit(string[] words, string acronym)
    {
        var initials = words.Select(Initials).ToArray();
        for (var start = words.Length - 1; start >= 0; start--)
        {
            if (start < words.Length - 1 && words[start].TrimEnd(')').EndsWith(',') || words[start].EndsWith('.') || words[start].EndsWith(':'))
            {
                return null; // crossed a clause boundary before the words spelled the acronym
            }

            if (Spells(initials.AsSpan(start..), acronym))
            {
                return string.Join(' ', words[start..]).TrimEnd(',', ';');
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MinorPart = Minor.GetAlternateLookup<ReadOnlySpan<char>>();

    // The initial of each hyphenated part of a word ("health-care" has two), and whether the part is a minor word.
    // Read in place: every word before each parenthesised acronym of the document comes through here.
    private static (char Initial, bool IsMinor)[] Initials(string word)
    {
        var trimmed = word.AsSpan().Trim(",().");
        var count = 0;
        foreach (var part in trimmed.Split('-'))
        {
            count += trimmed[part].IsEmpty ? 0 : 1;
        }

        var initials = new (char Initial, bool IsMinor)[count];
        var at = 0;
        foreach (var range in trimmed.Split('-'))
        {
            var part = trimmed[range];
            if (!part.IsEmpty)
            {
                initials[at++] = (char.ToUpperInvariant(part[0]), MinorPart.Contains(part));
            }
        }

        return initials;
    }

    /// <summary>True when the words start with the acronym's first letter and their initials contain all its letters in order.</summary>
    private static bool Spells(ReadOnlySpan<(char Initial, bool IsMinor)[]> words, string acronym)
    {
        var letters = acronym.EndsWith('s') ? acronym[..^1] : acronym;
        var (count, spelled, major) = (0, 0, 0);
        foreach (var word in words)
        {
            foreach (var (initial, isMinor) in word)
            {
                if (count == 0 && (isMinor || initial != char.ToUpperInvariant(letters[0])))
                {
                    return false;
                }

                count++;
                major += isMinor ? 0 : 1;
                if (spelled < letters.Length && initial == char.ToUpperInvariant(letters[spelled]))
                {
                    spelled++;
                }
            }
        }

        return count >= 2 && spelled == letters.Length && major <= letters.Length + 1;
    }
}
