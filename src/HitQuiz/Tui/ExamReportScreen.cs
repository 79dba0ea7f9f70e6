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
        yield return StyledLine.Of("A practice score over this bank, not a scaled AHIMA score.", LineStyle.Dim);
        yield return StyledLine.Blank;
        var nameWidth = Math.Clamp(width - 24, 8, 50);
        yield return StyledLine.Of($"{"Section".PadRight(nameWidth)}  Right  Answered  Score", LineStyle.Title);
        foreach (var s in result.Sections)
        {
            var name = s.Section.Length > nameWidth ? s.Section[..(nameWidth - 1)] + "…" : s.Section.PadRight(nameWidth);
            yield return StyledLine.Of($"{name}  {s.Correct,2}/{s.Items,-2}  {s.Answered,8}  {s.Percent,4:0}%");
        }

        yield return StyledLine.Blank;
        yield return StyledLine.Of("Enter: walk through every item with its explanation and source.", LineStyle.Dim);
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
