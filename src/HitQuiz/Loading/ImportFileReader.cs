using System.Buffers;
using System.Text;

namespace HitQuiz.Loading;

/// <summary>
/// Reads an instructor's file for import: UTF-8 (with or without a byte order mark) or UTF-16 with its mark. Anything
/// else is refused with the line of the first byte that is not UTF-8, since guessing a legacy code page would turn
/// accented letters into wrong ones without a word.
/// </summary>
internal static class ImportFileReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or a message in <c>file[:line]: message</c> form.</returns>
    public static (string? Text, string? Error) Read(string path)
    {
        var shown = DisplayPath.For(path);
        if (Missing(path) is { } missing)
        {
            return (null, missing);
        }

        try
        {
            return Decode(shown, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{shown}: cannot read the file: {e.Message}");
        }
    }

    /// <summary>Why there is no file to import at the path (a folder, or nothing), in <c>file: message</c> form; null when there is one.</summary>
    public static string? Missing(string path) =>
        File.Exists(path) ? null
        : Directory.Exists(path) ? $"{DisplayPath.For(path)}: is a folder; give the file to import."
        : $"{DisplayPath.For(path)}: no such file.";

    public static (string? Text, string? Error) Decode(string shown, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble))
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        }

        if (bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
        }

        // The UTF-8 mark itself: this encoding's Preamble is empty, as it is made not to write one.
        ReadOnlySpan<byte> utf8Mark = [0xEF, 0xBB, 0xBF];
        var start = bytes.AsSpan().StartsWith(utf8Mark) ? utf8Mark.Length : 0;
        var bad = FirstInvalidByte(bytes.AsSpan(start));
        if (bad >= 0)
        {
            var line = bytes.AsSpan(start, bad).Count((byte)'\n') + 1;
            return (null, $"{shown}:{line}: not valid UTF-8 text (byte 0x{bytes[start + bad]:X2}); save the file as UTF-8 and import it again.");
        }

        return (Strict.GetString(bytes, start, bytes.Length - start), null);
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var used) != OperationStatus.Done)
            {
                return i;
            }

            i += used;
        }

        return -1;
    }
}
