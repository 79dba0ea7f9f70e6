using System.Text;
using HitQuiz.Questions;

namespace HitQuiz.Loading;

/// <summary>
/// Reads a question file or source document as text: UTF-8 (with or without a byte-order mark), or UTF-16 when it
/// starts with a UTF-16 byte-order mark. Anything else, binary data, or a file over the size limit becomes a
/// problem at its line 1; a control character (which would reach the learner's terminal as is, and cannot be written
/// to XML) is a problem at its own line. Nothing is thrown.
/// </summary>
internal static class TextFileReader
{
    /// <summary>Far above any real article or question file, low enough that a stray huge file stays harmless.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, Problem? Problem) Read(string path)
    {
        var shown = DisplayPath.For(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                return (null, Problem.Error(shown, 1, $"too large ({length / (1024 * 1024)} MB); question files and sources are limited to {MaxBytes / (1024 * 1024)} MB."));
            }

            var text = Decode(File.ReadAllBytes(path));
            return text.Contains('\0', StringComparison.Ordinal)
                ? (null, Problem.Error(shown, 1, "looks like a binary file, not text."))
                : WithoutControls(text, shown);
        }
        catch (DecoderFallbackException)
        {
            return (null, Problem.Error(shown, 1, "not valid UTF-8 text; save the file as UTF-8."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Problem.Error(shown, 1, $"cannot read the file: {e.Message}"));
        }
    }

    // Every control character but tabs and line breaks is looked for, in four range scans over the text: each is
    // vectorised in every build, where a set of these characters is not, and most files have none. Page breaks (form
    // feed, vertical tab), which text taken from a PDF has between pages, are read as spaces; any other control
    // character is refused where it stands.
    private static (string? Text, Problem? Problem) WithoutControls(string text, string shown)
    {
        var span = text.AsSpan();
        if (!span.ContainsAnyInRange('\0', '\b') && !span.ContainsAnyInRange('\v', '\f')
            && !span.ContainsAnyInRange('\u000e', '\u001f') && !span.ContainsAnyInRange('\u007f', '\u009f'))
        {
            return (text, null);
        }

        var spaced = text.ToCharArray();
        for (var at = 0; at < spaced.Length; at++)
        {
            var c = spaced[at];
            if (!char.IsControl(c) || c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c is not ('\f' or '\v'))
            {
                var (line, column) = Position(text, at);
                return (null, Problem.Error(shown, line, $"a control character (U+{(int)c:X4}) at column {column}; question files and sources are plain text."));
            }

            spaced[at] = ' ';
        }

        return (new string(spaced), null);
    }

    // The 1-based line and column of a character: lines end at \n, \r\n or a lone \r (old Mac text, which the source
    // parser also splits there).
    private static (int Line, int Column) Position(string text, int at)
    {
        var (line, start) = (1, 0);
        for (var i = 0; i < at; i++)
        {
            if (text[i] == '\n' || text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                (line, start) = (line + 1, i + 1);
            }
        }

        return (line, at - start + 1);
    }

    private static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.Unicode.Preamble) || span.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            var encoding = span[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            return encoding.GetString(bytes, 2, bytes.Length - 2);
        }

        // The UTF-8 mark itself: this encoding's Preamble is empty, as it is made not to write one.
        ReadOnlySpan<byte> utf8Mark = [0xEF, 0xBB, 0xBF];
        var start = span.StartsWith(utf8Mark) ? utf8Mark.Length : 0;
        return Strict.GetString(bytes, start, bytes.Length - start);
    }
}
