using System.Text.RegularExpressions;

namespace HitQuiz.Sources;

/// <summary>Title comparison that forgives case, spacing, quote style and trailing '?', ':' or '.'.</summary>
internal static partial class TitleMatch
{
    public static string Normalise(string title) =>
        Whitespace().Replace(title.Trim(), " ").ToLowerInvariant()
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
            .TrimEnd('?', ':', '.', '!', ' ');

    public static int Distance(string a, string b) => HitQuiz.EditDistance.Between(a, b);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
