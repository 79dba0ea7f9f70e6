namespace HitQuiz.Tui;

/// <summary>One screen line made of styled pieces.</summary>
internal sealed record StyledLine(IReadOnlyList<(string Text, LineStyle Style)> Pieces)
{
    public static readonly StyledLine Blank = new([]);

    public static StyledLine Of(string text, LineStyle style = LineStyle.Normal) => new([(text, style)]);

    public string Text => string.Concat(Pieces.Select(p => p.Text));

    /// <summary>Whether part of the line is highlighted evidence.</summary>
    public bool IsHighlighted => Pieces.Any(p => p.Style == LineStyle.Highlight);

    /// <summary>
    /// Wraps text to the width, every line in one style, with a hanging indent after the first line: the first line
    /// has the whole width, the others what the indent leaves.
    /// </summary>
    public static IEnumerable<StyledLine> Wrapped(string text, int width, LineStyle style = LineStyle.Normal, string indent = "")
    {
        var first = TextWrapper.WrapPlain(text, Math.Max(1, width))[0];
        var rest = text[first.Length..].TrimStart(' ');
        var lines = new List<StyledLine> { Of(first, style) };
        if (rest.Length > 0)
        {
            // The first line ended at a space or at its paragraph's end.
            rest = rest.StartsWith('\n') ? rest[1..] : rest;
            lines.AddRange(TextWrapper.WrapPlain(rest, Math.Max(1, width - indent.Length)).Select(line => Of(line.Length == 0 ? "" : indent + line, style)));
        }

        return lines;
    }
}
