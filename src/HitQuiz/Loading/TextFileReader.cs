using System.Text;
using HitQuiz.Questions;

namespace HitQuiz.Loading;

/// <summary>
/// Reads a question file or source document as text: UTF-8 (with or without a byte-order mark), or UTF-16 when it
/// starts with a UTF-16 byte-order mark. Anything else, binary data, or a file over the size limit becomes a
/// problem at its line 1; nothing is thrown.
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
                : (text, null);
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

        var start = span.StartsWith(Strict.Preamble) ? Strict.Preamble.Length : 0;
        return Strict.GetString(bytes, start, bytes.Length - start);
    }
}
