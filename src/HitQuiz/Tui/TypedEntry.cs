using HitQuiz.Cli;
using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// The text typed for a cloze or numerical item. A numerical item takes only a number, as plain mode does:
/// anything else is refused with one line and nothing is recorded.
/// </summary>
internal sealed class TypedEntry(Question question, string? earlier)
{
    public string Text { get; private set; } = earlier ?? "";

    public bool IsEmpty => Text.Trim().Length == 0;

    /// <returns>True when the key changed the text.</returns>
    public bool Handle(Key key)
    {
        if (key == Key.Backspace)
        {
            Text = TerminalColumns.WithoutLastCharacter(Text);
        }
        else if (!key.IsCtrl && !key.IsAlt && key.AsRune.Value >= ' ' && key != Key.Tab)
        {
            Text += key.AsRune.ToString();
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Why the text is not an answer to the question, or null when it is one.</summary>
    public string? Refusal() => Refusal(question, Text);

    public static string? Refusal(Question question, string text) =>
        text.Trim().Length == 0 ? "Type an answer first."
        : question.Kind == QuestionKind.Numerical && AnswerChecker.TypedNumber(text) is null ? $"\"{text.Trim()}\" is not an answer to this question. Type a number."
        : null;
}
