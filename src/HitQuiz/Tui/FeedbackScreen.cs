using HitQuiz.Questions;
using HitQuiz.Sessions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// The verdict after an answer, the explanation, and the source section with the evidence highlighted.
/// Long sections scroll; Enter or → goes on.
/// </summary>
internal sealed class FeedbackScreen(Trainer trainer, Verdict verdict, AnswerExplanation explanation, string progress) : Screen
{
    public override IReadOnlyList<(string Key, string Action)> Hints =>
        [("Enter/→", "Next"), ("↑↓ PgUp/PgDn", "Scroll"), ("F1", "Help"), ("Q", "End")];

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of(progress, LineStyle.Dim), StyledLine.Blank };
        lines.AddRange(StyledLine.Wrapped(verdict.Question.Stem, width, LineStyle.Normal));
        lines.Add(StyledLine.Blank);
        lines.AddRange(VerdictLines(width));
        if (explanation.Why is { Length: > 0 } why)
        {
            lines.Add(StyledLine.Blank);
            lines.AddRange(StyledLine.Wrapped("Why: " + why, width, LineStyle.Normal, "     "));
        }

        if (explanation.Passage is { } passage)
        {
            lines.Add(StyledLine.Blank);
            lines.AddRange(PassageLines(passage, width));
        }

        return lines;
    }

    private IEnumerable<StyledLine> VerdictLines(int width)
    {
        var question = verdict.Question;
        if (verdict.Correct)
        {
            yield return StyledLine.Of("✔ Correct", LineStyle.Good);
            yield break;
        }

        yield return StyledLine.Of("✘ Incorrect", LineStyle.Bad);
        var chosen = verdict.Record.Chosen.Where(c => c.Length > 0).ToList();
        if (chosen.Count > 0)
        {
            foreach (var line in StyledLine.Wrapped("You answered: " + string.Join("; ", chosen), width, LineStyle.Normal, "  "))
            {
                yield return line;
            }
        }

        var label = question.Kind.IsTyped() ? "Accepted answer" : "Correct answer";
        var keys = AnswerKey.Describe(question, "{0} ");
        foreach (var line in StyledLine.Wrapped($"{label}: {keys}", width, LineStyle.Title, "  "))
        {
            yield return line;
        }
    }

    private static IEnumerable<StyledLine> PassageLines(SourcePassage passage, int width)
    {
        yield return StyledLine.Of($"Source: {passage.SectionTitle}", LineStyle.Title);
        yield return StyledLine.Of($"{passage.Document}, lines {passage.FirstLine}–{passage.LastLine}", LineStyle.Dim);
        yield return StyledLine.Of(new string('─', Math.Min(width, 60)), LineStyle.Dim);
        foreach (var runs in TextWrapper.Wrap(passage.Text, width, passage.Highlights))
        {
            yield return new StyledLine(runs.Select(r => (r.Text, r.Highlighted ? LineStyle.Highlight : LineStyle.Normal)).ToList());
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Enter || key == Key.CursorRight || key == Key.N || key == Key.N.WithShift)
        {
            trainer.Next();
        }
        else if (key == Key.Q || key == Key.Q.WithShift || key == Key.Esc)
        {
            trainer.EndSessionEarly();
        }
        else
        {
            return false;
        }

        return true;
    }
}
