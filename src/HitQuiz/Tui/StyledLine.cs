namespace HitQuiz.Tui;

/// <summary>One screen line made of styled pieces.</summary>
internal sealed record StyledLine(IReadOnlyList<(string Text, LineStyle Style)> Pieces)
{
    public static readonly StyledLine Blank = new([]);

    public static StyledLine Of(string text, LineStyle style = LineStyle.Normal) => new([(text, style)]);

    public string Text => string.Concat(Pieces.Select(p => p.Text));

    /// <summary>Wraps text to the width, every line in one style, with a hanging indent after the first line.</summary>
    public static IEnumerable<StyledLine> Wrapped(string text, int width, LineStyle style = LineStyle.Normal, string indent = "") =>
        TextWrapper.WrapPlain(text, Math.Max(1, width - indent.Length))
            .Select((line, i) => Of((i == 0 ? "" : indent) + line, style));
}
