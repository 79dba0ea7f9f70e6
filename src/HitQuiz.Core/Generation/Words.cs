using System.Text;

namespace HitQuiz.Generation;

/// <summary>Word-level text helpers: normalised comparison, crude stems and content words.</summary>
internal static class Words
{
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "for", "and", "or", "on", "in", "to", "by", "with", "at", "as", "is", "are", "was", "were", "be",
        "it", "its", "this", "that", "these", "those", "from", "per", "u.s", "us", "which", "what", "who", "their", "they", "than",
    };

    /// <summary>Lower case, punctuation other than $ % and / dropped, whitespace collapsed, curly apostrophes straightened.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw == '’' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || c is '$' or '%' or '\'' or '/')
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    public static string[] Tokens(string text) =>
        Normalize(text.Replace('-', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A crude stem that makes "education"/"educational" and "salary"/"salaries" meet.</summary>
    public static string Stem(string word)
    {
        var w = word.TrimEnd('\'').ToLowerInvariant();
        if (w.Length > 3 && w.EndsWith('s'))
        {
            w = w[..^1];
        }

        return w.Length > 5 ? w[..5] : w;
    }

    public static HashSet<string> ContentStems(string text) =>
        Tokens(text).Where(t => !Stop.Contains(t) && !t.Any(char.IsDigit)).Select(Stem).ToHashSet();

    public static bool IsStopWord(string word) => Stop.Contains(word);

    /// <summary>True when <paramref name="needle"/> occurs in <paramref name="haystack"/> as whole words, ignoring case and punctuation.</summary>
    public static bool ContainsPhrase(string haystack, string needle)
    {
        var n = Normalize(needle);
        if (n.Length == 0)
        {
            return false;
        }

        var h = $" {Normalize(haystack)} ";
        return h.Contains($" {n} ", StringComparison.Ordinal);
    }

    public static bool SameText(string a, string b) => Normalize(a) == Normalize(b);

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Decapitalize(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
