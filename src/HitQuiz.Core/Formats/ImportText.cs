using System.Net;
using System.Text.RegularExpressions;

namespace HitQuiz.Formats;

/// <summary>
/// Turns imported text into the trainer's one-line plain text: HTML tags dropped, entities decoded, spaces collapsed,
/// and control characters (written as they are, or as entities such as <c>&amp;#27;</c>) read as spaces, so they never
/// reach a learner's terminal or an XML export.
/// </summary>
internal static partial class ImportText
{
    public static string Plain(string text, bool html)
    {
        if (html)
        {
            // Inline tags sit inside words and sentences ("<b>diagnoses</b>?"); any other tag ends a line or a block.
            text = WebUtility.HtmlDecode(Tags().Replace(text, m => InlineTags.Contains(m.Groups["name"].Value) ? "" : " "));
        }

        return Spaces().Replace(text, " ").Trim();
    }

    public static bool HasImage(string text) => text.Contains("<img", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
    };

    [GeneratedRegex(@"<\s*/?\s*(?<name>[A-Za-z][A-Za-z0-9]*)?[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[\s\p{Cc}]+")]
    private static partial Regex Spaces();
}
