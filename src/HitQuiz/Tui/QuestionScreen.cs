using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// Asks one question. Single-answer kinds: 1–9, A–D (up to four options) or T/F (true/false) answer at once; with
/// more than nine options the number is typed, then Enter; or ↑↓ then Enter. Multiple response: the same keys (or
/// Space) toggle, Enter submits once as many are picked as asked for. Cloze and numerical: type, Enter submits (a
/// numerical item takes only a number). Matching: one letter per numbered item, in order; Backspace takes the last
/// back; Enter submits. In an exam, on every item kind, ← → move between items, Ctrl+F flags, Esc opens the grid and
/// Ctrl+S submits; Enter with nothing given moves on; what was given but not entered is kept as <see cref="Draft"/>.
/// </summary>
internal sealed class QuestionScreen(Question question, Func<string> header, Action<Response> submit, Action end, Response? earlier = null, ExamKeys? exam = null)
    : Screen
{
    private readonly HashSet<int> _toggled = question.Kind == QuestionKind.Matching ? [] : [.. earlier?.Chosen ?? []];
    private readonly TypedAnswer _typed = new(question, earlier?.Text);
    private int _cursor = question.Kind.HasOptions() ? earlier?.Chosen.FirstOrDefault() ?? 0 : 0;
    private readonly MatchingInput _matching = new(question, question.Kind == QuestionKind.Matching ? earlier?.Chosen : null);
    private readonly OptionNumber _number = new(question.Options.Count);
    private string? _notice;
    private int _optionsStart;

    /// <summary>The question shown.</summary>
    public Question Question => question;

    /// <summary>What has been typed, matched or toggled on this screen, entered or not; null when nothing.</summary>
    public Response? Draft => question.Kind switch
    {
        QuestionKind.Cloze or QuestionKind.Numerical => _typed.IsEmpty ? null : Response.Typed(_typed.Text),
        QuestionKind.Matching => _matching.Picks.Count == 0 ? null : Response.Choice([.. _matching.Picks]),
        QuestionKind.MultipleResponse => _toggled.Count == 0 ? null : Response.Choice([.. _toggled.Order()]),
        _ => null,
    };

    public override IReadOnlyList<(string Key, string Action)> Hints => QuestionHints.For(question, _matching.KeyRange, exam is not null);

    private int OptionCount => question.Options.Count;

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

        if (_notice is not null)
        {
            lines.AddRange(StyledLine.Wrapped(_notice, width, LineStyle.Bad));
        }

        lines.Add(StyledLine.Blank);
        _optionsStart = lines.Count;
        if (question.Kind == QuestionKind.Matching)
        {
            lines.AddRange(_matching.Compose(width));
        }
        else if (question.Kind.IsTyped())
        {
            lines.Add(new StyledLine([("Your answer: ", LineStyle.Normal), (_typed.Text + "_", LineStyle.Selected)]));
        }
        else
        {
            lines.AddRange(Enumerable.Range(0, OptionCount).SelectMany(i => OptionLines(i, width)));
        }

        return lines;
    }

    private IEnumerable<StyledLine> OptionLines(int i, int width)
    {
        var chosen = _toggled.Contains(i);
        var marker = question.Kind == QuestionKind.MultipleResponse ? (chosen ? "[x] " : "[ ] ") : exam is not null && chosen ? "(•) " : "";
        var label = $"{(i == _cursor ? "›" : " ")} {(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(OptionCount > 9 ? 2 : 1)}  {marker}";
        var style = i == _cursor ? LineStyle.Selected : LineStyle.Normal;
        return StyledLine.Wrapped(label + question.Options[i], width, style, new string(' ', label.Length));
    }

    protected override bool HandleKey(Key key)
    {
        if (exam is not null && HandleExamKey(key))
        {
            return true;
        }

        var handled = question.Kind.IsTyped() ? HandleTyping(key)
            : question.Kind == QuestionKind.Matching ? HandleMatching(key)
            : HandleChoice(key);
        if (handled)
        {
            Redraw();
        }

        return handled;
    }

    private bool HandleExamKey(Key key)
    {
        Action? action = key == Key.F.WithCtrl ? exam!.ToggleFlag
            : key == Key.CursorLeft ? exam!.Previous
            : key == Key.CursorRight ? exam!.Next
            : key == Key.Esc ? exam!.Grid
            : key == Key.S.WithCtrl ? exam!.Submit
            : null;
        action?.Invoke();
        return action is not null;
    }

    private bool HandleChoice(Key key)
    {
        if (exam is null && (key == Key.Q || key == Key.Q.WithShift || key == Key.Esc))
        {
            end();
            return true;
        }

        if ((OptionKeys.Index(key, question) ?? (OptionCount > 9 ? _number.Add(key) : null)) is int index)
        {
            Pick(index, typedNumber: OptionCount > 9 && key.AsRune.Value is >= '0' and <= '9');
            return true;
        }

        _number.Clear();
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
            SubmitChoice();
        }
        else
        {
            return false;
        }

        return true;
    }

    private void Pick(int index, bool typedNumber)
    {
        _cursor = index;
        if (question.Kind == QuestionKind.MultipleResponse && !typedNumber)
        {
            Toggle(index);
        }
        else if (!typedNumber)
        {
            submit(Response.Choice(index));
        }
    }

    private void Toggle(int index)
    {
        _notice = null;
        if (!_toggled.Remove(index))
        {
            _toggled.Add(index);
        }
    }

    private void SubmitChoice()
    {
        if (question.Kind != QuestionKind.MultipleResponse)
        {
            submit(Response.Choice(_cursor));
        }
        else if (_toggled.Count == 0 && exam is not null)
        {
            exam.Next();
        }
        else if (_toggled.Count != question.Answers.Count)
        {
            _notice = $"Choose {question.Answers.Count} — you have picked {_toggled.Count}.";
        }
        else
        {
            submit(Response.Choice([.. _toggled.Order()]));
        }
    }

    private bool HandleMatching(Key key)
    {
        if (key == Key.Esc)
        {
            end();
        }
        else if (key == Key.Enter)
        {
            EnterMatching();
        }
        else if (_matching.Handle(key))
        {
            _notice = null;
        }
        else
        {
            return false;
        }

        return true;
    }

    private void EnterMatching()
    {
        if (_matching.IsComplete)
        {
            submit(Response.Choice([.. _matching.Picks]));
        }
        else if (_matching.Picks.Count == 0 && exam is not null)
        {
            exam.Next();
        }
        else
        {
            _notice = $"Give every numbered item a letter — {_matching.Picks.Count} of {question.Options.Count} done.";
        }
    }

    private bool HandleTyping(Key key)
    {
        if (key == Key.Esc)
        {
            end();
        }
        else if (key == Key.Enter)
        {
            EnterTyped();
        }
        else if (_typed.Handle(key))
        {
            _notice = null;
        }
        else
        {
            return false;
        }

        return true;
    }

    private void EnterTyped()
    {
        if (_typed.IsEmpty && exam is not null)
        {
            exam.Next();
        }
        else if (_typed.Refusal() is { } refusal)
        {
            _notice = refusal;
        }
        else
        {
            submit(Response.Typed(_typed.Text));
        }
    }
}
