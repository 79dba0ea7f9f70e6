using System.Globalization;
using System.Xml.Linq;

namespace HitQuiz.Formats;

/// <summary>Reads Moodle XML's text elements: <c>&lt;x format="html"&gt;&lt;text&gt;…&lt;/text&gt;&lt;/x&gt;</c>.</summary>
internal static class MoodleXmlText
{
    /// <summary>The raw content of the element's <c>&lt;text&gt;</c> child, or null.</summary>
    public static string? Text(XElement? element) => element?.Element("text")?.Value;

    /// <summary>The element's text as the trainer's plain text, HTML removed when the format is html.</summary>
    public static string Plain(XElement? element, string? defaultFormat = null)
    {
        var format = (string?)element?.Attribute("format") ?? defaultFormat ?? "";
        return ImportText.Plain(Text(element) ?? "", IsHtml(format));
    }

    public static bool IsHtml(string format) => format is "html" or "moodle_auto_format" or "";

    public static double Fraction(XElement answer) =>
        double.TryParse((string?)answer.Attribute("fraction"), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : 0;
}
