using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// The answer being given to an item with options: the cursor, and for multiple response the options toggled.
/// A key naming an option (<see cref="OptionKeys"/>) answers at once, or toggles it in multiple response; on an
/// item with more than nine options a typed number moves the cursor (<see cref="OptionNumber"/>) and Enter chooses.
/// Multiple response is submitted only with as many picks as the item asks for; otherwise <see cref="Notice"/> says so.
/// </summary>
internal sealed class ChoiceInput(Question question, Response? earlier, Action<Response> submit, Action? skip)
{
    private readonly HashSet<int> _toggled = [.. earlier?.Chosen ?? []];
    private readonly OptionNumber _number = new(question.Options.Count);
    private readonly bool _marksChosen = skip is not null;

    private int Count => question.Options.Count;

    public int Cursor { get; private set; } = earlier?.Chosen.FirstOrDefault() ?? 0;

    public IReadOnlyCollection<int> Toggled => _toggled;

    /// <summary>Why Enter did not submit, until the picks change.</summary>
    public string? Notice { get; private set; }

    public IEnumerable<StyledLine> Compose(int width) => Enumerable.Range(0, Count).SelectMany(i => OptionLines(i, width));

    private IEnumerable<StyledLine> OptionLines(int i, int width)
    {
        var chosen = _toggled.Contains(i);
        var marker = question.Kind == QuestionKind.MultipleResponse ? (chosen ? "[x] " : "[ ] ") : _marksChosen && chosen ? "(•) " : "";
        var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Count > 9 ? 2 : 1);
        var label = $"{(i == Cursor ? "›" : " ")} {number}  {marker}";
        var style = i == Cursor ? LineStyle.Selected : LineStyle.Normal;
        return StyledLine.Wrapped(label + question.Options[i], width, style, new string(' ', label.Length));
    }

    /// <returns>True when the key did something.</returns>
    public bool Handle(Key key)
    {
        if (OptionKeys.Index(key, question) is int index)
        {
            Pick(index);
            return true;
        }

        if (Count > 9 && _number.Add(key) is int typed)
        {
            Cursor = typed;
            return true;
        }

        _number.Clear();
        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            Cursor = (Cursor + (key == Key.CursorDown ? 1 : Count - 1)) % Count;
        }
        else if (key == Key.Space && question.Kind == QuestionKind.MultipleResponse)
        {
            Toggle(Cursor);
        }
        else if (key == Key.Enter)
        {
            Enter();
        }
        else
        {
            return false;
        }

        return true;
    }

    private void Pick(int index)
    {
        Cursor = index;
        if (question.Kind == QuestionKind.MultipleResponse)
        {
            Toggle(index);
        }
        else
        {
            submit(Response.Choice(index));
        }
    }

    private void Toggle(int index)
    {
        Notice = null;
        if (!_toggled.Remove(index))
        {
            _toggled.Add(index);
        }
    }

    private void Enter()
    {
        if (question.Kind != QuestionKind.MultipleResponse)
        {
            submit(Response.Choice(Cursor));
        }
        else if (_toggled.Count == 0 && skip is not null)
        {
            skip();
        }
        else if (_toggled.Count != question.Answers.Count)
        {
            Notice = $"Choose {question.Answers.Count} — you have picked {_toggled.Count}.";
        }
        else
        {
            submit(Response.Choice([.. _toggled.Order()]));
        }
    }
}
