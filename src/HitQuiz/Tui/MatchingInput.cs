using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// The answer being typed to a matching question: one choice letter per left item, in order. A letter fills the
/// next left item, Backspace clears the last one, and Enter submits once every left item has a letter.
/// An earlier answer (an exam item returned to) starts filled in.
/// </summary>
internal sealed class MatchingInput(Question question, IReadOnlyList<int>? earlier = null)
{
    private readonly List<int> _picks = earlier is not null && earlier.Count <= question.Options.Count && earlier.All(i => i >= 0 && i < question.Choices.Count)
        ? [.. earlier]
        : [];

    public bool IsComplete => _picks.Count == question.Options.Count;

    public IReadOnlyList<int> Picks => _picks;

    public string KeyRange => $"A-{AnswerKey.Letter(question.Choices.Count - 1)}";

    public IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine>();
        for (var i = 0; i < question.Options.Count; i++)
        {
            var pick = i < _picks.Count ? $"[{AnswerKey.Letter(_picks[i])}]" : i == _picks.Count ? "[_]" : "[ ]";
            var label = $"  {i + 1}  {pick} ";
            lines.AddRange(StyledLine.Wrapped(label + question.Options[i], width, i == _picks.Count ? LineStyle.Selected : LineStyle.Normal, new string(' ', label.Length)));
        }

        lines.Add(StyledLine.Blank);
        for (var i = 0; i < question.Choices.Count; i++)
        {
            var label = $"  {AnswerKey.Letter(i)}) ";
            lines.AddRange(StyledLine.Wrapped(label + question.Choices[i], width, LineStyle.Normal, new string(' ', label.Length)));
        }

        return lines;
    }

    /// <returns>True when the key changed the answer.</returns>
    public bool Handle(Key key)
    {
        if (key == Key.Backspace)
        {
            return _picks.Count > 0 && RemoveLast();
        }

        var rune = key.AsRune.Value;
        var index = key.IsCtrl || key.IsAlt || rune == 0 ? -1 : char.ToLowerInvariant((char)rune) - 'a';
        if (index < 0 || index >= question.Choices.Count || IsComplete)
        {
            return false;
        }

        _picks.Add(index);
        return true;
    }

    private bool RemoveLast()
    {
        _picks.RemoveAt(_picks.Count - 1);
        return true;
    }
}
