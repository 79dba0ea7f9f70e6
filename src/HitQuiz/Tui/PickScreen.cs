using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>Picks one entry of a list (a topic, a learner): ↑↓ or its number, Enter; Esc goes back.</summary>
internal sealed class PickScreen(string title, string intro, IReadOnlyList<string> entries, Action<int> pick, Action back) : Screen
{
    private int _selected;
    private int _entriesStart;

    public override IReadOnlyList<(string Key, string Action)> Hints => [("↑↓", "Move"), ("Enter", "Choose"), ("Esc", "Back"), ("F1", "Help")];

    protected override int? FocusLine => _entriesStart + _selected;

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of(title, LineStyle.Title), StyledLine.Blank };
        lines.AddRange(StyledLine.Wrapped(intro, width, LineStyle.Dim));
        lines.Add(StyledLine.Blank);
        _entriesStart = lines.Count;
        for (var i = 0; i < entries.Count; i++)
        {
            var label = $"{(i == _selected ? "›" : " ")} {i + 1,2}  ";
            lines.AddRange(StyledLine.Wrapped(label + entries[i], width, i == _selected ? LineStyle.Selected : LineStyle.Normal, new string(' ', label.Length)));
        }

        return lines;
    }

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Esc || key == Key.Q || key == Key.Q.WithShift)
        {
            back();
        }
        else if (key == Key.Enter && entries.Count > 0)
        {
            pick(_selected);
        }
        else if ((key == Key.CursorDown || key == Key.CursorUp) && entries.Count > 0)
        {
            _selected = (_selected + (key == Key.CursorDown ? 1 : entries.Count - 1)) % entries.Count;
            Redraw();
        }
        else if (key.AsRune.Value is >= '1' and <= '9' && !key.IsCtrl && key.AsRune.Value - '1' < entries.Count)
        {
            pick(key.AsRune.Value - '1');
        }
        else
        {
            return false;
        }

        return true;
    }
}
