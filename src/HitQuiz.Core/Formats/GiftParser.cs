using System.Text;

namespace HitQuiz.Formats;

/// <summary>
/// Reads Moodle's GIFT format: items separated by blank lines, "//" comment lines, "$CATEGORY:" lines (the last
/// part of the category becomes the topic), and the question kinds described in <see cref="GiftItemReader"/>.
/// Never throws for bad input.
/// </summary>
public static class GiftParser
{
    public static ImportResult Parse(string file, string text)
    {
        var sink = new ImportSink(file);
        string? topic = null;
        var item = new List<(int Line, string Text)>();
        var number = 0;
        foreach (var line in Lines(text))
        {
            number++;
            var content = line.Span;
            if (content.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (!content.Trim().IsEmpty)
            {
                item.Add((number, line.ToString()));
                continue;
            }

            if (item.Count > 0)
            {
                topic = ReadItem(sink, item, topic);
                item.Clear();
            }
        }

        if (item.Count > 0)
        {
            ReadItem(sink, item, topic);
        }

        return sink.Result();
    }

    // The lines of the text after a byte order mark, broken at "\r\n", "\n" or a lone "\r", as slices: only an item's
    // lines become strings, so a file of many thousands of questions is not held a second time as its lines.
    private static IEnumerable<ReadOnlyMemory<char>> Lines(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] == '\uFEFF')
        {
            start++;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                yield return text.AsMemory(start, i - start);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return text.AsMemory(start);
    }

    private static string? ReadItem(ImportSink sink, List<(int Line, string Text)> lines, string? topic)
    {
        while (lines.Count > 0 && lines[0].Text.TrimStart().StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase))
        {
            topic = Topic(lines[0].Text.Trim()["$CATEGORY:".Length..]);
            lines.RemoveAt(0);
        }

        if (lines.Count > 0)
        {
            var text = new StringBuilder();
            foreach (var (_, line) in lines)
            {
                text.Append(line).Append('\n');
            }

            new GiftItemReader(sink, lines[0].Line, lines[^1].Line, topic).Read(text.ToString());
        }

        return topic;
    }

    /// <summary>"$course$/top/Coding//Billing" → "Coding/Billing": the last part; "//" is an escaped slash.</summary>
    public static string? Topic(string category)
    {
        var parts = category.Trim().Replace("//", "\u0001", StringComparison.Ordinal).Split('/');
        var last = parts[^1].Replace('\u0001', '/').Trim();
        return last.Length == 0 || last.StartsWith('$') || last == "top" ? null : last;
    }

    /// <summary>The category line written for a topic ("//" escapes a slash inside it).</summary>
    public static string Category(string? topic) =>
        "$CATEGORY: $course$/top" + (topic is null ? "" : "/" + topic.Replace("/", "//", StringComparison.Ordinal));
}
