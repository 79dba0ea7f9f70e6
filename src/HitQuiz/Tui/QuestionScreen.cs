using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// Asks one question. Single-answer kinds: 1–9 or A–D answer at once, or ↑↓ then Enter. Multiple response:
/// the same keys (or Space) toggle, Enter submits. Cloze and numerical: type the answer, Enter submits. Matching:
/// one letter per numbered item, in order; Backspace takes the last back; Enter submits.
/// </summary>
internal sealed class QuestionScreen(Trainer trainer, Question question, string progress) : Screen
{
    private readonly HashSet<int> _toggled = [];
    private readonly MatchingInput _matching = new(question);
    private string _typed = "";
    private int _cursor;
    private int _optionsStart;

    public override IReadOnlyList<(string Key, string Action)> Hints => question.Kind switch
    {
        QuestionKind.Cloze => [("type", "Answer"), ("Enter", "Submit"), ("Esc", "End session"), ("F1", "Help")],
        QuestionKind.Numerical => [("type a number", "Answer"), ("Enter", "Submit"), ("Esc", "End session"), ("F1", "Help")],
        QuestionKind.Matching => [(_matching.KeyRange, "Match next"), ("Bksp", "Undo"), ("Enter", "Submit"), ("Esc", "End"), ("F1", "Help")],
        QuestionKind.MultipleResponse =>
            [(KeyRange, "Toggle"), ("Space", "Toggle"), ("Enter", "Submit"), ("F1", "Help"), ("Q", "End")],
        _ => [(KeyRange, "Answer"), ("↑↓", "Move"), ("Enter", "Choose"), ("F1", "Help"), ("Q", "End")],
    };

    private int OptionCount => question.Options.Count;

    private string KeyRange => OptionCount <= 4 ? $"1-{OptionCount}/A-{(char)('A' + OptionCount - 1)}" : $"1-{Math.Min(9, OptionCount)}";

    protected override int? FocusLine => question.Kind.HasOptions() ? _optionsStart + _cursor : null;

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of(progress, LineStyle.Dim), StyledLine.Blank };
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
        var marker = question.Kind == QuestionKind.MultipleResponse ? (_toggled.Contains(i) ? "[x] " : "[ ] ") : "";
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

        if (key == Key.Q || key == Key.Q.WithShift || key == Key.Esc)
        {
            trainer.EndSessionEarly();
            return true;
        }

        if (OptionIndex(key) is int index)
        {
            Pick(index);
            return true;
        }

        return HandleNavigation(key);
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
            Submit(question.Kind == QuestionKind.MultipleResponse ? [.. _toggled] : [_cursor]);
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
            trainer.Answer(Response.Choice(chosen));
        }
    }

    /// <summary>1–9 pick by number; A–D by letter while there are at most four options.</summary>
    private int? OptionIndex(Key key)
    {
        var rune = key.AsRune.Value;
        if (key.IsCtrl || key.IsAlt || rune == 0)
        {
            return null;
        }

        var c = char.ToLowerInvariant((char)rune);
        var index = c is >= '1' and <= '9' ? c - '1' : c is >= 'a' and <= 'd' && OptionCount <= 4 ? c - 'a' : -1;
        return index >= 0 && index < OptionCount ? index : null;
    }

    private bool HandleMatching(Key key)
    {
        if (key == Key.Esc)
        {
            trainer.EndSessionEarly();
            return true;
        }

        if (key == Key.Enter && _matching.IsComplete)
        {
            trainer.Answer(Response.Choice([.. _matching.Picks]));
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
            trainer.EndSessionEarly();
        }
        else if (key == Key.Enter)
        {
            if (_typed.Trim().Length > 0)
            {
                trainer.Answer(Response.Typed(_typed));
            }
        }
        else if (key == Key.Backspace)
        {
            _typed = _typed.Length > 0 ? _typed[..^1] : _typed;
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
