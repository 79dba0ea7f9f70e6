using HitQuiz.Sessions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>The main menu: who is studying, their totals so far, what the bank holds, and the actions.</summary>
internal sealed class MenuScreen(Trainer trainer, string learner, LearnerTotals totals, int bankSize, IReadOnlyList<string> notices) : Screen
{
    private static readonly (string Label, string Key)[] Actions = [("Practice", "P"), ("Quit", "Q")];
    private int _selected;

    public override IReadOnlyList<(string Key, string Action)> Hints =>
        [("Enter/P", "Practice"), ("↑↓", "Move"), ("F1", "Help"), ("Q", "Quit")];

    protected override int? FocusLine => 7 + _selected;

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        yield return StyledLine.Of("HitQuiz · RHIT study trainer", LineStyle.Title);
        yield return StyledLine.Blank;
        yield return StyledLine.Of($"Learner: {learner}");
        yield return StyledLine.Of(totals.Answered == 0
            ? "Answered so far: none yet"
            : $"Answered so far: {totals.Answered} · {totals.PercentCorrect:0}% correct");
        yield return StyledLine.Of($"Question bank: {bankSize} question{(bankSize == 1 ? "" : "s")}", LineStyle.Dim);
        yield return StyledLine.Blank;
        yield return StyledLine.Of("What next?", LineStyle.Title);
        for (var i = 0; i < Actions.Length; i++)
        {
            var (label, key) = Actions[i];
            var text = $"{(i == _selected ? "›" : " ")} {label} ({key})";
            yield return StyledLine.Of(text, i == _selected ? LineStyle.Selected : LineStyle.Normal);
        }

        foreach (var notice in notices)
        {
            yield return StyledLine.Blank;
            foreach (var line in StyledLine.Wrapped("! " + notice, width, LineStyle.Bad, "  "))
            {
                yield return line;
            }
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Enter)
        {
            Activate(_selected);
        }
        else if (key == Key.P || key == Key.P.WithShift)
        {
            Activate(0);
        }
        else if (key == Key.Q || key == Key.Q.WithShift || key == Key.Esc)
        {
            Activate(1);
        }
        else if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _selected = (_selected + (key == Key.CursorDown ? 1 : Actions.Length - 1)) % Actions.Length;
            Redraw();
        }
        else
        {
            return false;
        }

        return true;
    }

    private void Activate(int action)
    {
        if (action == 0)
        {
            trainer.StartPractice();
        }
        else
        {
            trainer.Quit();
        }
    }
}
