using HitQuiz.Cli;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace HitQuiz.Tui;

/// <summary>
/// Draws styled lines into a view. Styles use text effects (bold, reverse) as well as colour, so they stay
/// distinguishable on a monochrome terminal or with NO_COLOR.
/// </summary>
internal sealed class Painter(View view)
{
    private readonly Attribute _normal = view.GetAttributeForRole(VisualRole.Normal);

    public void Draw(int row, StyledLine line)
    {
        var x = 0;
        var width = view.Viewport.Width;
        foreach (var (text, style) in line.Pieces)
        {
            if (x >= width)
            {
                break;
            }

            var fit = TerminalColumns.Fit(text, 0, width - x);
            // A line cut at the edge says so with an ellipsis in its last column.
            var visible = fit < text.Length ? Printable(text[..TerminalColumns.Fit(text, 0, width - x - 1)]) + "…" : Printable(text);
            view.SetAttribute(AttributeFor(style));
            view.AddStr(x, row, visible);
            x += TerminalColumns.Of(visible);
        }

        view.SetAttribute(_normal);
    }

    // A tab (in a source's table row, say) or another control character takes one cell as a space: a terminal would
    // show it as a symbol or act on it. Lines are wrapped counting it as one column, so the layout holds.
    private static string Printable(string text) =>
        text.AsSpan().ContainsAnyInRange('\0', '\u001f') || text.AsSpan().ContainsAnyInRange('\u007f', '\u009f')
            ? string.Create(text.Length, text, static (span, t) =>
            {
                for (var i = 0; i < t.Length; i++)
                {
                    span[i] = char.IsControl(t[i]) ? ' ' : t[i];
                }
            })
            : text;

    private Attribute AttributeFor(LineStyle style) => style switch
    {
        LineStyle.Title => new Attribute(_normal.Foreground, _normal.Background, TextStyle.Bold),
        LineStyle.Dim => new Attribute(_normal.Foreground, _normal.Background, TextStyle.Faint),
        LineStyle.Highlight => new Attribute(new Color(ColorName16.Black), new Color(ColorName16.BrightYellow), TextStyle.Bold | TextStyle.Underline),
        LineStyle.Selected => new Attribute(_normal.Foreground, _normal.Background, TextStyle.Reverse),
        LineStyle.Good => new Attribute(new Color(ColorName16.BrightGreen), _normal.Background, TextStyle.Bold),
        LineStyle.Bad => new Attribute(new Color(ColorName16.BrightRed), _normal.Background, TextStyle.Bold),
        _ => _normal,
    };
}
