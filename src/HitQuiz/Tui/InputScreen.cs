using HitQuiz.Cli;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// Asks for one line of text (a date, a name). <paramref name="accept"/> returns an error to show, or null when
/// the text was taken; Esc goes back.
/// </summary>
internal sealed class InputScreen(string title, string prompt, Func<string, string?> accept, Action back) : Screen
{
    private string _text = "";
    private string? _error;

    public override IReadOnlyList<(string Key, string Action)> Hints => [("type", "Text"), ("Enter", "OK"), ("Esc", "Back")];

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of(title, LineStyle.Title), StyledLine.Blank };
        lines.AddRange(StyledLine.Wrapped(prompt, width));
        lines.Add(StyledLine.Blank);
        lines.Add(new StyledLine([("> ", LineStyle.Normal), (_text + "_", LineStyle.Selected)]));
        if (_error is not null)
        {
            lines.Add(StyledLine.Blank);
            lines.AddRange(StyledLine.Wrapped(_error, width, LineStyle.Bad));
        }

        return lines;
    }

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Esc)
        {
            back();
            return true;
        }

        if (key == Key.Enter)
        {
            _error = accept(_text.Trim());
        }
        else if (key == Key.Backspace)
        {
            _text = TerminalColumns.WithoutLastCharacter(_text);
        }
        else if (!key.IsCtrl && !key.IsAlt && key.AsRune.Value >= ' ' && key != Key.Tab)
        {
            _text += key.AsRune.ToString();
        }
        else
        {
            return false;
        }

        Redraw();
        return true;
    }
}
