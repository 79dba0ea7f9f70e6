namespace HitQuiz.Loading;

/// <summary>
/// Writes a file beside its final name and then moves it into place: a reader never sees half of it, and a write that
/// fails leaves the earlier file, if there was one, as it was and nothing beside it.
/// </summary>
internal static class ReplacingFile
{
    /// <exception cref="IOException">The file could not be written or moved into place; the message names the file.</exception>
    /// <exception cref="UnauthorizedAccessException">The same, for want of permission.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            // The temporary name means nothing to whoever asked for the file.
            var message = e.Message.Replace(temporary, path, StringComparison.Ordinal);
            throw e is UnauthorizedAccessException ? new UnauthorizedAccessException(message, e) : new IOException(message, e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary><see cref="Write(string, Action{Stream})"/> for text, written as UTF-8 without a byte order mark.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(text);
    });

    /// <summary>
    /// True, after saying so on <paramref name="error"/>, when an existing file would be written over without
    /// <c>--force</c>: a question file an instructor has since reviewed, an earlier export, or a database named by
    /// mistake.
    /// </summary>
    public static bool RefusesToReplace(string? path, bool force, TextWriter error)
    {
        if (path is null || force || !File.Exists(path))
        {
            return false;
        }

        error.WriteLine($"hitquiz: {DisplayPath.For(path)} already exists; choose another name, or add --force to overwrite it.");
        return true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: a stray temporary file is harmless.
        }
    }
}
