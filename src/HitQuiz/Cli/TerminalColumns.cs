using System.Globalization;
using System.Text;

namespace HitQuiz.Cli;

/// <summary>
/// Text measured as a terminal shows it: a CJK character takes two columns, a combining accent none, and a character
/// outside the basic plane (two UTF-16 units) is one character. Wrapping, cutting and padding by these keeps lines
/// and table columns in place for names and titles in any script, and never splits a character.
/// </summary>
/// <remarks>
/// The widths are those of <c>wcwidth</c>, which terminals and the text UI library follow: two columns for Unicode's
/// East Asian Wide and Fullwidth characters and for emoji presented as pictures, none for combining marks and format
/// characters, one for the rest. The command-line binary measures its tables with this too, so it is written here
/// rather than taken from the text UI library, which that binary does not load (a test compares the two, character by
/// character).
/// </remarks>
internal static class TerminalColumns
{
    /// <summary>The columns the text takes on screen.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        // Below U+0300 every character takes one column (see the other overload): most text is, and is measured by
        // its length. A report measures every question id and section name it lists.
        if (!text.ContainsAnyExceptInRange('\0', '\u02FF'))
        {
            return text.Length;
        }

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
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        return value < 0x300 ? 1 // ASCII and Latin, at the heart of every text here: no mark, nothing wide
            : IsZeroWidth(rune) ? 0
            : IsWide(value) ? 2
            : 1;
    }

    // Marks that combine with the character before them, format characters (but the soft hyphen, which terminals
    // show), Hangul's medial and final jamo, the line and paragraph separators and the emoji skin tones.
    private static bool IsZeroWidth(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
        || rune.Value is >= 0x1160 and <= 0x11FF or >= 0xD7B0 and <= 0xD7FF or 0x2028 or 0x2029 or >= 0x1F3FB and <= 0x1F3FF;

    private static bool IsWide(int value)
    {
        // First and last code point of each range, in order: found by halving.
        var ranges = WideRanges;
        var (low, high) = (0, (ranges.Length / 2) - 1);
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (value < ranges[2 * mid])
            {
                high = mid - 1;
            }
            else if (value > ranges[(2 * mid) + 1])
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    // Unicode 16's East Asian Wide (W) and Fullwidth (F) ranges with the emoji presented wide, as wcwidth has them.
    private static ReadOnlySpan<int> WideRanges =>
    [
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
        0x25FD, 0x25FE, 0x2614, 0x2615, 0x2630, 0x2637, 0x2648, 0x2653, 0x267F, 0x267F, 0x268A, 0x268F,
        0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
        0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD,
        0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
        0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50,
        0x2B55, 0x2B55, 0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x3029, 0x3030, 0x303E,
        0x3041, 0x3096, 0x309B, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E5, 0x31EF, 0x321E,
        0x3220, 0x3247, 0x3250, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAFF,
        0xFE10, 0xFE19, 0xFE30, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6,
        0x16FE0, 0x16FE3, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18CFF, 0x18D08, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB,
        0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B132, 0x1B132, 0x1B150, 0x1B152, 0x1B155, 0x1B155, 0x1B164, 0x1B167,
        0x1B170, 0x1B2FB, 0x1D300, 0x1D356, 0x1D360, 0x1D376, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
        0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
        0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3,
        0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F3FA, 0x1F400, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC,
        0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4,
        0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF,
        0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
        0x1F947, 0x1F9FF, 0x1FA70, 0x1FA7C, 0x1FA80, 0x1FA89, 0x1FA8F, 0x1FAC6, 0x1FACE, 0x1FADC, 0x1FADF, 0x1FAE9,
        0x1FAF0, 0x1FAF8, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD
    ];

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
    public static string PadRight(string text, int columns) => text.PadRight(text.Length + Math.Max(0, columns - Of(text)));

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
