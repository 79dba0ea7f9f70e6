using System.Text;
using HitQuiz.Questions;

namespace HitQuiz.Loading;

/// <summary>Reads a file as strict UTF-8 text; a file that cannot be read becomes a problem at its line 1.</summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, Problem? Problem) Read(string path)
    {
        var shown = DisplayPath.For(path);
        try
        {
            var bytes = File.ReadAllBytes(path);
            var start = bytes.AsSpan().StartsWith(Strict.Preamble) ? Strict.Preamble.Length : 0;
            return (Strict.GetString(bytes, start, bytes.Length - start), null);
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
}
