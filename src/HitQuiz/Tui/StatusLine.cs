using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace HitQuiz.Tui;

/// <summary>The bottom line: key hints for the current screen. On a narrow screen the separators close up before a hint is cut.</summary>
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

    public string HintText => Joined(" │ ");

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        SetAttribute(new Attribute(normal.Foreground, normal.Background, TextStyle.Reverse));
        var text = " " + HintText;
        text = (text.Length > Viewport.Width ? " " + Joined("│") : text).PadRight(Viewport.Width);
        AddStr(0, 0, text.Length > Viewport.Width ? text[..Viewport.Width] : text);
        return true;
    }

    private string Joined(string separator) => string.Join(separator, _hints.Select(h => $"{h.Key} {h.Action}"));
}
