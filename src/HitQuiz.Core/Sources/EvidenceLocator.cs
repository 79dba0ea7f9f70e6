using System.Text;

namespace HitQuiz.Sources;

/// <summary>
/// Finds an evidence sentence in a text, tolerating differences in spacing, case, curly vs straight quotes and
/// a missing final period. Never throws; no match gives no spans.
/// </summary>
public static class EvidenceLocator
{
    public static IReadOnlyList<TextSpan> Find(string text, string? evidence)
    {
        if (string.IsNullOrWhiteSpace(evidence) || text.Length == 0)
        {
            return [];
        }

        var (haystack, map) = Normalise(text);
        var whole = Locate(text, haystack, map, evidence);
        if (whole is TextSpan span)
        {
            return [span];
        }

        // Several evidence sentences may sit in different blocks: highlight each one found.
        return SentenceSplitter.Split(evidence)
            .Select(s => Locate(text, haystack, map, s.Text))
            .OfType<TextSpan>()
            .Distinct()
            .OrderBy(s => s.Start)
            .ToList();
    }

    private static TextSpan? Locate(string text, string haystack, List<int> map, string evidence)
    {
        var needle = Normalise(evidence).Text.Trim().TrimEnd('.', ' ');
        if (needle.Length == 0)
        {
            return null;
        }

        var at = haystack.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = map[at];
        var end = map[at + needle.Length - 1] + 1;
        if (end < text.Length && text[end] == '.')
        {
            end++; // include the period the evidence left out
        }

        return new TextSpan(start, end - start);
    }

    // A lower-case copy with whitespace runs collapsed and quotes straightened, plus each character's original index.
    private static (string Text, List<int> Map) Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] == ' ')
                {
                    continue;
                }

                c = ' ';
            }

            builder.Append(Straighten(char.ToLowerInvariant(c)));
            map.Add(i);
        }

        return (builder.ToString(), map);
    }

    private static char Straighten(char c) => c switch
    {
        '’' or '‘' or '′' => '\'',
        '“' or '”' or '″' => '"',
        '–' or '—' => '-',
        _ => c,
    };
}
