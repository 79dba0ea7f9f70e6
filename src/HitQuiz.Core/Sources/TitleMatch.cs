using System.Text.RegularExpressions;

namespace HitQuiz.Sources;

/// <summary>Title comparison that forgives case, spacing, quote style and trailing '?', ':' or '.'.</summary>
internal static partial class TitleMatch
{
    public static string Normalise(string title) =>
        Whitespace().Replace(title.Trim(), " ").ToLowerInvariant()
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
            .TrimEnd('?', ':', '.', '!', ' ');

    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
