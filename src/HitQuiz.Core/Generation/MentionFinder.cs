using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>Finds the spans of a sentence that name an acronym's entity, joining "Expansion (ACR)" and "ACR, the Expansion" into one span.</summary>
internal static partial class MentionFinder
{
    [GeneratedRegex(@"^(?:\s*\(\s*|,\s+(?:the|or)\s+|\s+)$")]
    private static partial Regex Joint();

    [GeneratedRegex(@"(?:\b[Tt]he\s+(?:U\.S\.\s+)?|\bU\.S\.\s+)$")]
    private static partial Regex Determiner();

    public static Mention? Find(string sentence, Fact entity)
    {
        var spans = Occurrences(sentence, entity.Subject, StringComparison.Ordinal)
            .Concat(Occurrences(sentence, entity.Value, StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.Start)
            .ToList();
        if (spans.Count == 0)
        {
            return null;
        }

        var (start, end) = spans[0];
        foreach (var (s, e) in spans.Skip(1))
        {
            if (s < end || !Joint().IsMatch(sentence[end..s]))
            {
                break;
            }

            end = Math.Max(end, e);
        }

        return Widen(sentence, entity, start, end);
    }

    // Takes in the closing bracket of "Expansion (ACR)", the comma closing ", or ACR," and a determiner before it.
    private static Mention Widen(string sentence, Fact entity, int start, int end)
    {
        if (end < sentence.Length && sentence[end] == ')' && sentence[start..end].Contains('(', StringComparison.Ordinal))
        {
            end++;
        }

        if (end < sentence.Length && sentence[end] == ',' && sentence[start..end].Contains(", or ", StringComparison.Ordinal))
        {
            end++; // "the Registered …, or RHIT, title": the closing comma belongs to the mention
        }

        var determiner = Determiner().Match(sentence[..start]);
        if (determiner.Success)
        {
            start = determiner.Index;
        }

        return new Mention(entity, start, end - start);
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string sentence, string text, StringComparison comparison)
    {
        for (var at = sentence.IndexOf(text, comparison); at >= 0; at = sentence.IndexOf(text, at + 1, comparison))
        {
            var end = at + text.Length;
            if ((at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end == sentence.Length || !char.IsLetter(sentence[end]) || sentence[end] == 's'))
            {
                yield return (at, end < sentence.Length && sentence[end] == 's' && end + 1 <= sentence.Length && (end + 1 == sentence.Length || !char.IsLetter(sentence[end + 1])) ? end + 1 : end);
            }
        }
    }
}
