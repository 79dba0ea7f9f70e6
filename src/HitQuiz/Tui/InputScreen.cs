using HitQuiz.Cli;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// Asks for one line of text (a date, a name). <paramref name="accept"/> returns an error to show, or null when
/// the text was taken; Esc goes back.
/// </summary>
internal sealed class InputScreen(string title, string prompt, Func<string, string?> accept, Action back) : Screen
{
    // Null until the field is first edited: the initial text is shown until then, and typing replaces it.
    private string? _text;
    private string? _error;

    /// <summary>
    /// The text the field starts with (a value already set). Typing replaces it whole, as a selected field does;
    /// Backspace edits it.
    /// </summary>
    public string Initial { get; init; } = "";

    private string Typed => _text ?? Initial;

    public override IReadOnlyList<(string Key, string Action)> Hints => [("type", "Text"), ("Enter", "OK"), ("Esc", "Back")];

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of(title, LineStyle.Title), StyledLine.Blank };
        lines.AddRange(StyledLine.Wrapped(prompt, width));
        lines.Add(StyledLine.Blank);
        lines.Add(new StyledLine([("> ", LineStyle.Normal), (Typed + "_", LineStyle.Selected)]));
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
            _error = accept(Typed.Trim());
        }
        else if (key == Key.Backspace)
        {
            _text = TerminalColumns.WithoutLastCharacter(Typed);
        }
        else if (!key.IsCtrl && !key.IsAlt && key.AsRune.Value >= ' ' && key != Key.Tab)
        {
            _text = (_text ?? "") + key.AsRune.ToString();
        }
        else
        {
            return false;
        }

        Redraw();
        return true;
    }
}
