using HitQuiz.Cli;
using HitQuiz.Study;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// The main menu: who is studying, their totals, what is due, the readiness estimates (labelled as estimates),
/// and the actions, each with its letter and a description that wraps on a narrow screen.
/// </summary>
internal sealed class MenuScreen(MenuModel model, IReadOnlyList<MenuAction> actions) : Screen
{
    // Narrower than this, a description goes under its action instead of beside it.
    private const int MinDescriptionColumn = 16;
    private const string UnderLabel = "     ";

    private int _selected;
    private int _selectedLine;
    private int _selectedLines = 1;

    public override IReadOnlyList<(string Key, string Action)> Hints =>
        [("Enter/P", "Practice"), ("letter", "Action"), ("↑↓", "Move"), ("F1", "Help"), ("Q", "Quit")];

    protected override int? FocusLine => _selectedLine;

    protected override int FocusLines => _selectedLines;

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of("HitQuiz · RHIT study trainer", LineStyle.Title), StyledLine.Blank };
        // Notices first (an exam cut short, a question file skipped): they matter more than anything below them.
        foreach (var notice in model.Notices)
        {
            lines.AddRange(StyledLine.Wrapped("! " + notice, width, LineStyle.Bad, "  "));
            lines.Add(StyledLine.Blank);
        }

        lines.AddRange(
        [
            StyledLine.Of($"Learner: {model.Learner}"),
            StyledLine.Of(model.Totals.Answered == 0
                ? "Answered so far: none yet"
                : $"Answered so far: {model.Totals.Answered} · {model.Totals.PercentCorrect:0}% correct"),
            StyledLine.Of($"Due today: {model.DueToday} · New: {model.New} · Bank: {model.BankSize} question{(model.BankSize == 1 ? "" : "s")}", LineStyle.Dim),
        ]);
        lines.AddRange(ReadinessLines(width));
        lines.Add(StyledLine.Blank);
        for (var i = 0; i < actions.Count; i++)
        {
            var start = lines.Count;
            lines.AddRange(ActionLines(actions[i], i == _selected, width));
            if (i == _selected)
            {
                (_selectedLine, _selectedLines) = (start, lines.Count - start);
            }
        }

        return lines;
    }

    private IEnumerable<StyledLine> ReadinessLines(int width)
    {
        var today = model.Today;
        var text = model.ExamIsToday ? $"Estimated score today (your exam date): {today.Score * 100:0}%" : $"Estimated score today: {today.Score * 100:0}%";
        if (model.ExamDate is { } date && !model.ExamIsToday)
        {
            // Estimated only for a day still to come.
            text += model.OnExamDate is { } then ? $" · on {date:yyyy-MM-dd}: {then.Score * 100:0}%" : $" · exam date {date:yyyy-MM-dd} has passed (D sets another)";
        }

        foreach (var line in StyledLine.Wrapped(text, width, LineStyle.Normal, "  "))
        {
            yield return line;
        }

        var note = $"(an estimate: predicted recall, else a {today.UnseenPrior * 100:0}% guess; {today.Unseen} unseen item{(today.Unseen == 1 ? "" : "s")} counted at {today.UnseenPrior * 100:0}%)";
        foreach (var line in StyledLine.Wrapped(note, width, LineStyle.Dim, " "))
        {
            yield return line;
        }

        foreach (var line in SectionLines(model.OnExamDate ?? today, model.OnExamDate is not null, width))
        {
            yield return line;
        }
    }

    // The weakest sections the learner has started (on the exam date when one is set), then how many are not started:
    // a section never studied is estimated at the guessing rate, which says nothing about where the learner is weak.
    private static IEnumerable<StyledLine> SectionLines(ReadinessEstimate estimate, bool onExamDate, int width)
    {
        if (estimate.Sections.Count < 2)
        {
            return [];
        }

        var lines = new List<StyledLine>();
        var weakest = estimate.WeakestStarted(3);
        if (weakest.Count > 0)
        {
            var label = onExamDate ? "Weakest sections on the exam date: " : "Weakest sections: ";
            lines.AddRange(Joined(label, weakest.Select(s => $"{s.Section} {s.Score * 100:0}%"), width));
        }

        var notStarted = estimate.NotStarted;
        if (notStarted > 0)
        {
            var count = notStarted == estimate.Sections.Count ? $"all {notStarted}" : $"{notStarted} of {estimate.Sections.Count}";
            lines.AddRange(StyledLine.Wrapped($"Not started: {count} sections (T drills one)", width, LineStyle.Dim, "  "));
        }

        return lines;
    }

    // Items joined by " · ", a line broken only between items (a section never parted from its estimate); an item
    // wider than the screen is wrapped on its own.
    private static IEnumerable<StyledLine> Joined(string label, IEnumerable<string> items, int width)
    {
        const string Indent = "  ";
        var lines = new List<StyledLine>();
        var line = label;
        var first = true;
        foreach (var item in items)
        {
            if (!first && TerminalColumns.Of(line) + 3 + TerminalColumns.Of(item) > width)
            {
                lines.AddRange(StyledLine.Wrapped(line, width, LineStyle.Dim, Indent));
                line = Indent + item;
            }
            else
            {
                line += (first ? "" : " · ") + item;
            }

            first = false;
        }

        lines.AddRange(StyledLine.Wrapped(line, width, LineStyle.Dim, Indent));
        return lines;
    }

    // The letter and label, then the description in a column beside them, wrapped within it; on a screen too narrow
    // for that column, the description goes under the label. Nothing is cut.
    private static IEnumerable<StyledLine> ActionLines(MenuAction action, bool selected, int width)
    {
        var style = selected ? LineStyle.Selected : LineStyle.Normal;
        var label = $"{(selected ? "›" : " ")} {action.Key}  {action.Label,-18}";
        var beside = width - label.Length >= MinDescriptionColumn;
        var indent = beside ? new string(' ', label.Length) : UnderLabel;
        var description = action.Description.Length == 0 ? [] : TextWrapper.WrapPlain(action.Description, width - indent.Length);
        if (!beside || description.Count == 0)
        {
            yield return StyledLine.Of(label, style);
        }
        else
        {
            yield return StyledLine.Of(label + description[0], style);
            description.RemoveAt(0);
        }

        foreach (var line in description)
        {
            yield return new StyledLine([(indent, LineStyle.Normal), (line, style)]);
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Enter)
        {
            actions[_selected].Run();
            return true;
        }

        if (key == Key.Esc)
        {
            return Run('Q');
        }

        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _selected = (_selected + (key == Key.CursorDown ? 1 : actions.Count - 1)) % actions.Count;
            Redraw();
            return true;
        }

        var rune = key.AsRune.Value;
        return !key.IsCtrl && !key.IsAlt && rune is > 0 and < 128 && Run(char.ToUpperInvariant((char)rune));
    }

    private bool Run(char letter)
    {
        var action = actions.FirstOrDefault(a => a.Key == letter);
        action?.Run();
        return action is not null;
    }
}
