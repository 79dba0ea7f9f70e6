namespace HitQuiz.Loading;

/// <summary>
/// One cache entry per questions folder, found by its <see cref="BankStamp"/>: read when the folder is unchanged, else
/// made again and written, the folder's older entries removed. It is only a cache: an entry that cannot be read is
/// made again and replaced, a cache folder that cannot be written is not used, and deleting it loses nothing.
/// </summary>
internal static class FolderCache
{
    /// <param name="holds">What the entry holds, part of its stamp (entries of one folder holding different things never mix).</param>
    /// <param name="read">Reads an entry; throws <see cref="InvalidDataException"/> (or a reading error) when it is damaged.</param>
    public static T GetOrMake<T>(
        string directory, string extension, string questionsRoot, string holds, Func<Stream, T> read, Action<Stream, T> write, Func<T> make)
        where T : class
    {
        var root = Path.GetFullPath(questionsRoot);
        if (BankStamp.Of(root, holds) is not string key)
        {
            return make();
        }

        var prefix = BankStamp.Prefix(root);
        var path = Path.Combine(directory, $"{prefix}-{key}{extension}");
        if (TryRead(path, read) is { } cached)
        {
            return cached;
        }

        var made = make();
        try
        {
            Directory.CreateDirectory(directory);
            ReplacingFile.Write(path, stream => write(stream, made));
            GeneratedBankCache.RemoveOlder(directory, $"{prefix}-*{extension}", path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: the entry is made again next time.
        }

        return made;
    }

    private static T? TryRead<T>(string path, Func<Stream, T> read)
        where T : class
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var entry = read(stream);
            return stream.Position == stream.Length ? entry : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
