using System.Text;
using Terminal.Gui.Text;

namespace HitQuiz.Cli;

/// <summary>
/// Text measured as a terminal shows it: a CJK character takes two columns, a combining accent none, and a character
/// outside the basic plane (two UTF-16 units) is one character. Wrapping, cutting and padding by these keeps lines
/// and table columns in place for names and titles in any script, and never splits a character.
/// </summary>
internal static class TerminalColumns
{
    /// <summary>The columns the text takes on screen.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += Of(rune);
        }

        return columns;
    }

    /// <summary>
    /// The columns one character takes. A control character counts as one: the trainer draws it as a space.
    /// </summary>
    public static int Of(Rune rune) => Rune.IsControl(rune) ? 1 : rune.GetColumns() switch { < 0 => 1, var c => c };

    /// <summary>
    /// Where the longest run of whole characters from <paramref name="start"/> that fits in <paramref name="columns"/>
    /// ends (an index into the text); accents that follow the last character that fits go with it.
    /// </summary>
    public static int Fit(string text, int start, int columns)
    {
        var used = 0;
        var at = start;
        while (at < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out var length);
            used += Of(rune);
            if (used > columns)
            {
                break;
            }

            at += length;
        }

        return at;
    }

    /// <summary>Where the last run of whole characters that fits in <paramref name="columns"/> at the text's end starts.</summary>
    public static int FitFromEnd(string text, int columns)
    {
        var used = 0;
        var at = text.Length;
        while (at > 0)
        {
            Rune.DecodeLastFromUtf16(text.AsSpan(0, at), out var rune, out var length);
            used += Of(rune);
            if (used > columns)
            {
                break;
            }

            at -= length;
        }

        // An accent whose letter did not fit is not shown on its own.
        while (at < text.Length && Rune.DecodeFromUtf16(text.AsSpan(at), out var next, out var size) == System.Buffers.OperationStatus.Done && Of(next) == 0)
        {
            at += size;
        }

        return at;
    }

    /// <summary>Where the character that starts at <paramref name="start"/> ends: one UTF-16 unit or two.</summary>
    public static int NextCharacter(string text, int start)
    {
        Rune.DecodeFromUtf16(text.AsSpan(start), out _, out var length);
        return start + Math.Max(1, length);
    }

    /// <summary>The text followed by spaces to <paramref name="columns"/> (as it is, when it is as wide already).</summary>
    public static string PadRight(string text, int columns) => text + new string(' ', Math.Max(0, columns - Of(text)));

    /// <summary>The text without its last character (both halves of a character outside the basic plane): what Backspace takes back.</summary>
    public static string WithoutLastCharacter(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        Rune.DecodeLastFromUtf16(text, out _, out var length);
        return text[..^Math.Max(1, length)];
    }
}
