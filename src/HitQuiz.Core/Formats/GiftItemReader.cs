using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Reads one GIFT item: "::title::", a "[html]"/"[markdown]"/"[plain]"/"[moodle]" format tag, the question text and
/// one answer block in braces, with text after the block making it a missing-word question. The block's content
/// decides the kind (see <see cref="GiftBlockReader"/>); no block is a description, an empty one an essay.
/// </summary>
internal sealed partial class GiftItemReader(ImportSink sink, int first, int last, string? topic)
{
    private int _textLine;

    public void Read(string raw)
    {
        var text = raw.Trim();
        string? title = null;
        if (text.StartsWith("::", StringComparison.Ordinal))
        {
            var end = GiftText.Find(text, "::", 2);
            if (end < 0)
            {
                sink.Error(first, "a title opened with \"::\" is never closed with \"::\"; skipped.");
                return;
            }

            title = ImportText.Plain(GiftText.Unescape(text[2..end]), html: false);
            text = text[(end + 2)..].TrimStart();
        }

        var format = FormatTag().Match(text);
        var html = format.Success && format.Groups["f"].Value.Equals("html", StringComparison.OrdinalIgnoreCase);
        text = format.Success ? text[format.Length..] : text;
        _textLine = first + raw.AsSpan(0, raw.Length - text.Length).Count('\n');
        ReadBody(title, text, html);
    }

    private void ReadBody(string? title, string text, bool html)
    {
        var open = GiftText.Find(text, "{");
        var close = open < 0 ? GiftText.Find(text, "}") : GiftText.Find(text, "}", open + 1);
        if (open < 0 && close < 0)
        {
            sink.Skip(first, "description", title, Plain(text, html), "has no answers and cannot be practised");
            return;
        }

        if (open < 0 || close < 0)
        {
            var (what, at) = open < 0 ? ("a \"}\" closes an answer block that was never opened with \"{\"", close) : ("an answer block opened with \"{\" is never closed with \"}\"", open);
            sink.Error(LineAt(text, at), $"{what}; escape a literal brace as \"\\{{\" or \"\\}}\"; skipped.");
            return;
        }

        var nested = GiftText.Find(text, "{", open + 1);
        if (nested >= 0 && nested < close || GiftText.Find(text, "{", close + 1) >= 0)
        {
            // A title at the start of a later line is a second question written without the blank line before it.
            var second = text.IndexOf("\n::", close, StringComparison.Ordinal);
            if (second >= 0)
            {
                sink.Error(LineAt(text, second + 1), "a question starts before the one above ends; separate questions with a blank line; skipped.");
                return;
            }

            sink.Error(LineAt(text, nested >= 0 ? nested : close), "a question has more than one answer block in braces; skipped.");
            return;
        }

        var before = Plain(text[..open], html);
        var hasAfter = Plain(text[(close + 1)..], html).Length > 0;
        var blankStem = hasAfter ? Plain(text[..open] + QuestionBuilder.Blank + text[(close + 1)..], html) : before;
        var item = new GiftItem(title, before, blankStem, hasAfter, text[(open + 1)..close], topic, first, last) { Html = html };
        new GiftBlockReader(sink, item, LineAt(text, open)).Read();
    }

    /// <summary>True when a question text would start with a format tag such as "[html]" (and lose it as one).</summary>
    public static bool StartsWithFormatTag(string text) => FormatTag().IsMatch(text.TrimStart());

    private static string Plain(string text, bool html) => ImportText.Plain(GiftText.Unescape(text), html);

    // Lines of the item are joined with '\n', so an offset maps back to its line by counting them.
    private int LineAt(string text, int offset) => _textLine + text.AsSpan(0, Math.Max(0, offset)).Count('\n');

    [GeneratedRegex(@"^\[(?<f>html|markdown|plain|moodle)\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FormatTag();
}
