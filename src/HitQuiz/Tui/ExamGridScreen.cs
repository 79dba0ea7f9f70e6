using HitQuiz.Study;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// The exam's review grid: every item with whether it is answered (✓) or flagged (⚑). Arrows move, Enter opens
/// the item, F (or Ctrl+F) flags it, S (or Ctrl+S) submits, Q leaves the exam (after asking), Esc or G returns to
/// the current item.
/// </summary>
internal sealed class ExamGridScreen(ExamSession exam, Func<string> timeLeft, Action<int> open, Action submit, Action back, Action leave) : Screen
{
    private const int CellWidth = 7;
    private int _selected = exam.Index;
    private int _columns = 1;

    public override IReadOnlyList<(string Key, string Action)> Hints =>
        [("←↑→↓", "Move"), ("Enter", "Open"), ("F", "Flag"), ("S", "Submit"), ("Q", "Leave"), ("Esc", "Back")];

    protected override int? FocusLine => 3 + (_selected / _columns);

    public void Refresh() => Redraw();

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var grid = exam.Grid();
        _columns = Math.Max(1, width / CellWidth);
        var answered = grid.Count(c => c.Answered);
        var flagged = grid.Count(c => c.Flagged);
        yield return StyledLine.Of($"Review grid · {timeLeft()}", LineStyle.Title);
        yield return StyledLine.Of($"{answered}/{grid.Count} answered · {flagged} flagged · ✓ answered  ⚑ flagged  · not answered", LineStyle.Dim);
        yield return StyledLine.Blank;
        foreach (var row in grid.Chunk(_columns))
        {
            yield return new StyledLine(row.Select(Cell).ToList());
        }
    }

    private (string, LineStyle) Cell(ExamGridCell cell)
    {
        // Answered or not, then the flag: a flagged item still says whether it has an answer.
        var mark = (cell.Answered ? "✓" : "·") + (cell.Flagged ? "⚑" : "");
        var text = $"{cell.Number,4}{mark}".PadRight(CellWidth);
        var style = cell.Number - 1 == _selected ? LineStyle.Selected : cell.Flagged ? LineStyle.Bad : cell.Answered ? LineStyle.Normal : LineStyle.Dim;
        return (text, style);
    }

    protected override bool HandleKey(Key key)
    {
        var count = exam.Items.Count;
        var move = key == Key.CursorRight ? 1 : key == Key.CursorLeft ? -1 : key == Key.CursorDown ? _columns : key == Key.CursorUp ? -_columns : 0;
        if (move != 0)
        {
            _selected = Math.Clamp(_selected + move, 0, count - 1);
            Redraw();
        }
        else if (key == Key.Enter)
        {
            open(_selected);
        }
        else if (key == Key.F || key == Key.F.WithShift || key == Key.F.WithCtrl)
        {
            Action flag = exam.IsFlagged(_selected) ? () => exam.Unflag(_selected) : () => exam.Flag(_selected);
            flag();
            Redraw();
        }
        else if (key == Key.S || key == Key.S.WithShift || key == Key.S.WithCtrl)
        {
            submit();
        }
        else if (key == Key.Q || key == Key.Q.WithShift)
        {
            leave();
        }
        else if (key == Key.Esc || key == Key.G || key == Key.G.WithShift)
        {
            back();
        }
        else
        {
            return false;
        }

        return true;
    }
}
