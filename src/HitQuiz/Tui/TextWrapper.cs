using HitQuiz.Cli;
using HitQuiz.Sessions;
using HitQuiz.Sources;

namespace HitQuiz.Tui;

/// <summary>A run of text on one screen line, highlighted or not.</summary>
internal readonly record struct Run(string Text, bool Highlighted);

/// <summary>Word-wraps text to a width, keeping highlight spans, one list of runs per screen line.</summary>
internal static class TextWrapper
{
    public static List<List<Run>> Wrap(string text, int width, IReadOnlyList<TextSpan>? highlights = null)
    {
        width = Math.Max(1, width);
        var lines = new List<List<Run>>();
        var offset = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph, offset, width, highlights ?? [], lines);
            offset += paragraph.Length + 1;
        }

        return lines;
    }

    public static List<string> WrapPlain(string text, int width) =>
        Wrap(text, width).Select(l => string.Concat(l.Select(r => r.Text))).ToList();

    private static void WrapParagraph(string paragraph, int offset, int width, IReadOnlyList<TextSpan> highlights, List<List<Run>> lines)
    {
        if (paragraph.Length == 0)
        {
            lines.Add([]);
            return;
        }

        var start = 0;
        while (start < paragraph.Length)
        {
            var end = LineEnd(paragraph, start, width);
            lines.Add(Runs(paragraph, start, end, offset, highlights));
            start = end;
            while (start < paragraph.Length && paragraph[start] == ' ')
            {
                start++;
            }
        }
    }

    /// <summary>
    /// Breaks at the last space that fits, or mid-word when a word is wider than the line; widths are terminal columns
    /// (see <see cref="TerminalColumns"/>), and a character is never split.
    /// </summary>
    private static int LineEnd(string paragraph, int start, int width)
    {
        var fit = TerminalColumns.Fit(paragraph, start, width);
        if (fit == paragraph.Length)
        {
            return fit;
        }

        // The character after what fits may be the space to break at.
        var space = paragraph.LastIndexOf(' ', fit, fit - start + 1);
        return space > start ? space
            : fit > start ? fit
            : TerminalColumns.NextCharacter(paragraph, start); // a character wider than the line has a line of its own
    }

    private static List<Run> Runs(string paragraph, int start, int end, int offset, IReadOnlyList<TextSpan> highlights)
    {
        var runs = new List<Run>();
        var i = start;
        while (i < end)
        {
            var lit = IsHighlighted(offset + i, highlights);
            var j = i + 1;
            while (j < end && IsHighlighted(offset + j, highlights) == lit)
            {
                j++;
            }

            runs.Add(new Run(paragraph[i..j], lit));
            i = j;
        }

        return runs;
    }

    private static bool IsHighlighted(int position, IReadOnlyList<TextSpan> highlights) =>
        highlights.Any(h => position >= h.Start && position < h.End);
}
