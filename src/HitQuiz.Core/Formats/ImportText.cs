using System.Net;
using System.Text.RegularExpressions;

namespace HitQuiz.Formats;

/// <summary>Turns imported text into the trainer's one-line plain text: HTML tags dropped, entities decoded, spaces collapsed.</summary>
internal static partial class ImportText
{
    public static string Plain(string text, bool html)
    {
        if (html)
        {
            text = WebUtility.HtmlDecode(Tags().Replace(text, " "));
        }

        return Spaces().Replace(text, " ").Trim();
    }

    public static bool HasImage(string text) => text.Contains("<img", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
