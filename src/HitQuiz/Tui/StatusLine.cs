using HitQuiz.Cli;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace HitQuiz.Tui;

/// <summary>
/// The bottom line: key hints for the current screen. On a narrow screen the separators close up first; then hints
/// are left out from the middle, so that the screen's main action (the first hint) and the ways out (the last two,
/// such as help and quit) stay whole; only then is the line cut.
/// </summary>
internal sealed class StatusLine : View
{
    private IReadOnlyList<(string Key, string Action)> _hints = [];

    public StatusLine()
    {
        Width = Dim.Fill();
        Height = 1;
        Y = Pos.AnchorEnd(1);
    }

    public IReadOnlyList<(string Key, string Action)> Hints
    {
        get => _hints;
        set
        {
            _hints = value;
            SetNeedsDraw();
        }
    }

    public string HintText => Joined(_hints, " │ ");

    /// <summary>The line as drawn at <paramref name="width"/> columns, padded to it.</summary>
    public static string Fit(IReadOnlyList<(string Key, string Action)> hints, int width)
    {
        var text = " " + Joined(hints, " │ ");
        var shown = hints.ToList();
        if (TerminalColumns.Of(text) > width)
        {
            text = " " + Joined(shown, "│");
        }

        // The hint just before the last two goes first, then the one before it, down to the first.
        while (TerminalColumns.Of(text) > width && shown.Count > 3)
        {
            shown.RemoveAt(shown.Count - 3);
            text = " " + Joined(shown, "│");
        }

        return TerminalColumns.PadRight(text[..TerminalColumns.Fit(text, 0, Math.Max(width, 0))], width);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        SetAttribute(new Attribute(normal.Foreground, normal.Background, TextStyle.Reverse));
        AddStr(0, 0, Fit(_hints, Viewport.Width));
        return true;
    }

    private static string Joined(IEnumerable<(string Key, string Action)> hints, string separator) =>
        string.Join(separator, hints.Select(h => $"{h.Key} {h.Action}"));
}
