using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// Which option a key names at once: 1–9 by number while there are at most nine options (more take
/// <see cref="OptionNumber"/>); A–D by letter while there are at most four; T and F on a true/false item.
/// </summary>
internal static class OptionKeys
{
    public static int? Index(Key key, Question question)
    {
        var rune = key.AsRune.Value;
        if (key.IsCtrl || key.IsAlt || rune == 0)
        {
            return null;
        }

        var count = question.Options.Count;
        var c = char.ToLowerInvariant((char)rune);
        var index = question.Kind == QuestionKind.TrueFalse && c is 't' or 'f' ? TrueFalseIndex(question, c)
            : c is >= '1' and <= '9' && count <= 9 ? c - '1'
            : c is >= 'a' and <= 'd' && count <= 4 ? c - 'a'
            : -1;
        return index >= 0 && index < count ? index : null;
    }

    /// <summary>The keys that answer at once, for the hints: "1-4/A-D", "1-2/T/F", "1-9", or "1-12" (typed, then Enter).</summary>
    public static string Range(Question question)
    {
        var count = question.Options.Count;
        return question.Kind == QuestionKind.TrueFalse ? $"1-{count}/T/F"
            : count <= 4 ? $"1-{count}/A-{(char)('A' + count - 1)}"
            : $"1-{count}";
    }

    private static int TrueFalseIndex(Question question, char c)
    {
        var word = c == 't' ? "True" : "False";
        return question.Options.ToList().FindIndex(o => string.Equals(o, word, StringComparison.OrdinalIgnoreCase));
    }
}
