using HitQuiz.Cli;
using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// Asks one question. Single-answer kinds: 1–9 or A–D answer at once, or ↑↓ then Enter. Multiple response:
/// the same keys (or Space) toggle, Enter submits. Cloze and numerical: type the answer, Enter submits. Matching:
/// one letter per numbered item, in order; Backspace takes the last back; Enter submits. In an exam the screen
/// also flags (F), moves between items (← →), opens the grid (G, Esc) and submits (S); an earlier answer is shown.
/// </summary>
internal sealed class QuestionScreen(Question question, Func<string> header, Action<Response> submit, Action end, Response? earlier = null, ExamKeys? exam = null)
    : Screen
{
    private readonly HashSet<int> _toggled = [.. earlier?.Chosen ?? []];
    private string _typed = earlier?.Text ?? "";
    private int _cursor = earlier?.Chosen.FirstOrDefault() ?? 0;
    private readonly MatchingInput _matching = new(question, question.Kind == QuestionKind.Matching ? earlier?.Chosen : null);
    private int _optionsStart;

    /// <summary>The question shown.</summary>
    public Question Question => question;

    public override IReadOnlyList<(string Key, string Action)> Hints => (question.Kind, exam) switch
    {
        (QuestionKind.Cloze or QuestionKind.Numerical, not null) => [("type", "Answer"), ("Enter", "Answer & next"), ("Esc", "Grid"), ("F1", "Help")],
        (QuestionKind.Cloze, null) => [("type", "Answer"), ("Enter", "Submit"), ("Esc", "End session"), ("F1", "Help")],
        (QuestionKind.Numerical, null) => [("type a number", "Answer"), ("Enter", "Submit"), ("Esc", "End session"), ("F1", "Help")],
        (QuestionKind.Matching, null) => [(_matching.KeyRange, "Match next"), ("Bksp", "Undo"), ("Enter", "Submit"), ("Esc", "End"), ("F1", "Help")],
        (QuestionKind.Matching, _) => [(_matching.KeyRange, "Match next"), ("Bksp", "Undo"), ("Enter", "Answer & next"), ("Esc", "Grid"), ("F1", "Help")],
        (QuestionKind.MultipleResponse, null) => [(KeyRange, "Toggle"), ("Space", "Toggle"), ("Enter", "Submit"), ("F1", "Help"), ("Q", "End")],
        (_, null) => [(KeyRange, "Answer"), ("↑↓", "Move"), ("Enter", "Choose"), ("F1", "Help"), ("Q", "End")],
        _ => [(KeyRange, "Answer"), ("←→", "Prev/next"), ("F", "Flag"), ("G", "Grid"), ("S", "Submit"), ("F1", "Help")],
    };

    private int OptionCount => question.Options.Count;

    private string KeyRange => OptionCount <= 4 ? $"1-{OptionCount}/A-{(char)('A' + OptionCount - 1)}" : $"1-{Math.Min(9, OptionCount)}";

    protected override int? FocusLine => question.Kind.HasOptions() ? _optionsStart + _cursor : null;

    /// <summary>Redraws, e.g. for the exam's countdown.</summary>
    public void Refresh() => Redraw();

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of(header(), LineStyle.Dim), StyledLine.Blank };
        lines.AddRange(StyledLine.Wrapped(question.Stem, width, LineStyle.Title));
        if (question.Kind is QuestionKind.MultipleResponse or QuestionKind.Matching)
        {
            var note = question.Kind == QuestionKind.Matching ? "(Give each numbered item a letter, in order.)" : $"(Choose {question.Answers.Count}.)";
            lines.Add(StyledLine.Of(note, LineStyle.Dim));
        }

        lines.Add(StyledLine.Blank);
        _optionsStart = lines.Count;
        if (question.Kind == QuestionKind.Matching)
        {
            lines.AddRange(_matching.Compose(width));
            return lines;
        }

        if (question.Kind.IsTyped())
        {
            lines.Add(new StyledLine([("Your answer: ", LineStyle.Normal), (_typed + "_", LineStyle.Selected)]));
            return lines;
        }

        for (var i = 0; i < OptionCount; i++)
        {
            lines.AddRange(OptionLines(i, width));
        }

        return lines;
    }

    private IEnumerable<StyledLine> OptionLines(int i, int width)
    {
        var chosen = _toggled.Contains(i);
        var marker = question.Kind == QuestionKind.MultipleResponse ? (chosen ? "[x] " : "[ ] ") : exam is not null && chosen ? "(•) " : "";
        var label = $"{(i == _cursor ? "›" : " ")} {i + 1}  {marker}";
        var style = i == _cursor ? LineStyle.Selected : LineStyle.Normal;
        return StyledLine.Wrapped(label + question.Options[i], width, style, new string(' ', label.Length));
    }

    protected override bool HandleKey(Key key)
    {
        if (question.Kind.IsTyped())
        {
            return HandleTyping(key);
        }

        if (question.Kind == QuestionKind.Matching)
        {
            return HandleMatching(key);
        }

        if (exam is not null && HandleExamKey(key))
        {
            return true;
        }

        if (key == Key.Q || key == Key.Q.WithShift || key == Key.Esc)
        {
            end();
            return true;
        }

        if (OptionKeys.Index(key, OptionCount) is int index)
        {
            Pick(index);
            return true;
        }

        return HandleNavigation(key);
    }

    private bool HandleExamKey(Key key)
    {
        Action? action = key == Key.F || key == Key.F.WithShift ? exam!.ToggleFlag
            : key == Key.CursorLeft ? exam!.Previous
            : key == Key.CursorRight ? exam!.Next
            : key == Key.G || key == Key.G.WithShift || key == Key.Esc ? exam!.Grid
            : key == Key.S || key == Key.S.WithShift ? exam!.Submit
            : null;
        action?.Invoke();
        return action is not null;
    }

    private bool HandleNavigation(Key key)
    {
        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _cursor = (_cursor + (key == Key.CursorDown ? 1 : OptionCount - 1)) % OptionCount;
        }
        else if (key == Key.Space && question.Kind == QuestionKind.MultipleResponse)
        {
            Toggle(_cursor);
        }
        else if (key == Key.Enter)
        {
            Submit(question.Kind == QuestionKind.MultipleResponse ? [.. _toggled.Order()] : [_cursor]);
            return true;
        }
        else
        {
            return false;
        }

        Redraw();
        return true;
    }

    private void Pick(int index)
    {
        if (question.Kind == QuestionKind.MultipleResponse)
        {
            _cursor = index;
            Toggle(index);
            Redraw();
        }
        else
        {
            Submit([index]);
        }
    }

    private void Toggle(int index)
    {
        if (!_toggled.Remove(index))
        {
            _toggled.Add(index);
        }
    }

    private void Submit(int[] chosen)
    {
        if (chosen.Length > 0)
        {
            submit(Response.Choice(chosen));
        }
    }

    private bool HandleMatching(Key key)
    {
        if (key == Key.Esc)
        {
            (exam?.Grid ?? end)();
            return true;
        }

        if (key == Key.Enter && _matching.IsComplete)
        {
            submit(Response.Choice([.. _matching.Picks]));
            return true;
        }

        if (!_matching.Handle(key))
        {
            return false;
        }

        Redraw();
        return true;
    }

    private bool HandleTyping(Key key)
    {
        if (key == Key.Esc)
        {
            (exam?.Grid ?? end)();
        }
        else if (key == Key.Enter)
        {
            if (_typed.Trim().Length > 0)
            {
                submit(Response.Typed(_typed));
            }
        }
        else if (key == Key.Backspace)
        {
            _typed = TerminalColumns.WithoutLastCharacter(_typed);
        }
        else if (!key.IsCtrl && !key.IsAlt && key.AsRune.Value >= ' ' && key != Key.Tab)
        {
            _typed += key.AsRune.ToString();
        }
        else
        {
            return false;
        }

        Redraw();
        return true;
    }
}
