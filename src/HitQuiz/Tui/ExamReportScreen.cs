using HitQuiz.Cli;
using HitQuiz.Study;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>The exam's report: score, whether time ran out, and results per section; Enter walks through every item.</summary>
internal sealed class ExamReportScreen(ExamResult result, Action walk, Action menu) : Screen
{
    public override IReadOnlyList<(string Key, string Action)> Hints => [("Enter", "Walk through items"), ("M/Esc", "Menu")];

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        yield return StyledLine.Of(result.TimedOut ? "Time is up: the exam was submitted" : "Exam submitted", LineStyle.Title);
        yield return StyledLine.Blank;
        yield return StyledLine.Of(
            $"Score: {result.Correct}/{result.Items.Count} ({result.Percent:0}%) · {result.Answered} answered",
            result.Percent >= 75 ? LineStyle.Good : LineStyle.Normal);
        foreach (var line in StyledLine.Wrapped("A practice score over this bank, not a scaled AHIMA score.", width, LineStyle.Dim))
        {
            yield return line;
        }

        yield return StyledLine.Blank;
        // Section names are shown whole when the screen has room, else shortened in the middle (see TextBars.Fit).
        var nameWidth = TextBars.ColumnWidth(result.Sections.Select(s => s.Section), width - 24);
        yield return StyledLine.Of($"{"Section".PadRight(nameWidth)}  Right  Answered  Score", LineStyle.Title);
        foreach (var s in result.Sections)
        {
            yield return StyledLine.Of($"{TextBars.Fit(s.Section, nameWidth)}  {s.Correct,2}/{s.Items,-2}  {s.Answered,8}  {s.Percent,4:0}%");
        }

        yield return StyledLine.Blank;
        foreach (var line in StyledLine.Wrapped("Enter: walk through every item with its explanation and source.", width, LineStyle.Dim))
        {
            yield return line;
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Enter)
        {
            walk();
        }
        else if (key == Key.M || key == Key.M.WithShift || key == Key.Esc || key == Key.Q || key == Key.Q.WithShift)
        {
            menu();
        }
        else
        {
            return false;
        }

        return true;
    }
}
