using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// The verdict after an answer, the explanation, and the source section with the evidence highlighted.
/// Long sections scroll; Enter or → goes on (← goes back when walking through an exam). After a right answer
/// the learner may say it was a guess (G) or easy (E), which changes how soon it comes back.
/// </summary>
internal sealed class FeedbackScreen(
    Verdict verdict,
    AnswerExplanation explanation,
    string progress,
    Action next,
    Action end,
    Action? previous = null,
    Func<Grade, string>? regrade = null) : Screen
{
    private string? _graded;
    private int _pinned;
    private int? _evidenceLine;

    private bool CanRegrade => regrade is not null && verdict.Correct;

    public override IReadOnlyList<(string Key, string Action)> Hints =>
    [
        ("Enter/→", "Next"),
        .. previous is null ? Array.Empty<(string, string)>() : [("←", "Previous")],
        .. CanRegrade ? [("G", "Guessed"), ("E", "Easy")] : Array.Empty<(string, string)>(),
        ("↑↓", "Scroll"),
        ("F1", "Help"),
        ("Q", "End"),
    ];

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of(progress, LineStyle.Dim), StyledLine.Blank };
        lines.AddRange(StyledLine.Wrapped(verdict.Question.Stem, width, LineStyle.Normal));
        lines.Add(StyledLine.Blank);
        lines.AddRange(VerdictLines(width));
        _pinned = lines.Count;
        _evidenceLine = null;
        if (explanation.Why is { Length: > 0 } why)
        {
            lines.Add(StyledLine.Blank);
            lines.AddRange(StyledLine.Wrapped("Why: " + why, width, LineStyle.Normal, "     "));
        }

        if (explanation.Passage is { } passage)
        {
            lines.Add(StyledLine.Blank);
            foreach (var line in PassageLines(passage, width))
            {
                if (_evidenceLine is null && line.IsHighlighted)
                {
                    _evidenceLine = lines.Count;
                }

                lines.Add(line);
            }
        }

        return lines;
    }

    // The question and its verdict stay at the top while a long source section scrolls beneath them, opened at the
    // highlighted sentence.
    protected override int PinnedLines => _pinned;

    protected override int? OpeningLine => _evidenceLine;

    private IEnumerable<StyledLine> VerdictLines(int width)
    {
        var question = verdict.Question;
        if (verdict.Correct)
        {
            yield return StyledLine.Of("✔ Correct", LineStyle.Good);
            if (CanRegrade)
            {
                yield return StyledLine.Of(_graded ?? "A guess? Press G. Too easy? Press E.", LineStyle.Dim);
            }

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
            next();
        }
        else if (key == Key.CursorLeft && previous is not null)
        {
            previous();
        }
        else if (key == Key.Q || key == Key.Q.WithShift || key == Key.Esc)
        {
            end();
        }
        else if (CanRegrade && (key == Key.G || key == Key.G.WithShift || key == Key.E || key == Key.E.WithShift))
        {
            _graded = regrade!(key == Key.G || key == Key.G.WithShift ? Grade.Hard : Grade.Easy);
            Redraw();
        }
        else
        {
            return false;
        }

        return true;
    }
}
