using HitQuiz.Cli;
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
/// Items with options take their keys from <see cref="ChoiceInput"/>, matching items from <see cref="MatchingInput"/>.
/// </summary>
internal sealed class QuestionScreen(Question question, Func<string> header, Action<Response> submit, Action end, Response? earlier = null, ExamKeys? exam = null)
    : Screen
{
    private readonly ChoiceInput _choice = new(question, question.Kind.HasOptions() ? earlier : null, submit, exam?.Next);
    private readonly TypedEntry _typed = new(question, earlier?.Text);
    private readonly MatchingInput _matching = new(question, question.Kind == QuestionKind.Matching ? earlier?.Chosen : null);
    private string? _notice;
    private int _optionsStart;

    /// <summary>The question shown.</summary>
    public Question Question => question;

    /// <summary>What has been typed, matched or toggled on this screen, entered or not; null when nothing.</summary>
    public Response? Draft => question.Kind switch
    {
        QuestionKind.Cloze or QuestionKind.Numerical => _typed.IsEmpty ? null : Response.Typed(_typed.Text),
        QuestionKind.Matching => _matching.Picks.Count == 0 ? null : Response.Choice([.. _matching.Picks]),
        QuestionKind.MultipleResponse => _choice.Toggled.Count == 0 ? null : Response.Choice([.. _choice.Toggled.Order()]),
        _ => null,
    };

    public override IReadOnlyList<(string Key, string Action)> Hints => QuestionHints.For(question, _matching.KeyRange, exam is not null);

    protected override int? FocusLine => question.Kind.HasOptions() ? _optionsStart + _choice.Cursor : null;

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

        if ((_notice ?? _choice.Notice) is { } notice)
        {
            lines.AddRange(StyledLine.Wrapped(notice, width, LineStyle.Bad));
        }

        lines.Add(StyledLine.Blank);
        _optionsStart = lines.Count;
        if (question.Kind == QuestionKind.Matching)
        {
            lines.AddRange(_matching.Compose(width));
        }
        else if (question.Kind.IsTyped())
        {
            lines.Add(new StyledLine([("Your answer: ", LineStyle.Normal), (Tail(_typed.Text + "_", width - "Your answer: ".Length), LineStyle.Selected)]));
        }
        else
        {
            lines.AddRange(_choice.Compose(width));
        }

        return lines;
    }

    // The end of what is typed, where the typing goes on: a long answer scrolls left behind an ellipsis.
    private static string Tail(string text, int columns)
    {
        if (columns < 2 || TerminalColumns.Of(text) <= columns)
        {
            return text;
        }

        var start = TerminalColumns.FitFromEnd(text, columns - 1);
        return "…" + text[start..];
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

        return _choice.Handle(key);
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
