using HitQuiz.Cli;
using HitQuiz.Sessions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>The end of a session: score, time, and results per section.</summary>
internal sealed class SummaryScreen(Trainer trainer, SessionSummary summary) : Screen
{
    public override IReadOnlyList<(string Key, string Action)> Hints => [("Enter", "Menu"), ("F1", "Help"), ("Q", "Quit")];

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        yield return StyledLine.Of(summary.Answered < summary.Planned ? "Session ended early" : "Session complete", LineStyle.Title);
        yield return StyledLine.Blank;
        yield return StyledLine.Of(summary.Answered == 0
            ? "No questions answered."
            : $"Score: {summary.Correct}/{summary.Answered} ({summary.Percent:0}%)",
            summary.Percent >= 75 ? LineStyle.Good : LineStyle.Normal);
        yield return StyledLine.Of($"Time: {SummaryText.Duration(summary.Duration)}");
        if (summary.Sections.Count == 0)
        {
            yield break;
        }

        yield return StyledLine.Blank;
        var nameWidth = Math.Clamp(width - 16, 8, 50);
        yield return StyledLine.Of($"{"Section".PadRight(nameWidth)} Right   Score", LineStyle.Title);
        foreach (var s in summary.Sections)
        {
            var name = TextBars.Fit(s.Section, nameWidth);
            yield return StyledLine.Of($"{name} {s.Correct,2}/{s.Answered,-2}  {s.Percent,4:0}%", s.Correct < s.Answered ? LineStyle.Normal : LineStyle.Good);
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Enter || key == Key.Esc || key == Key.M || key == Key.M.WithShift)
        {
            trainer.ShowMenu();
        }
        else if (key == Key.Q || key == Key.Q.WithShift)
        {
            trainer.Quit();
        }
        else
        {
            return false;
        }

        return true;
    }
}
