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
        TryWrite(directory, path, $"{prefix}-*{extension}", stream => write(stream, made));
        return made;
    }

    /// <summary>
    /// Writes the entry at <paramref name="path"/> and removes the others matching <paramref name="older"/>; a cache
    /// folder that cannot be written is left as it was (the entry is made again next time).
    /// </summary>
    public static void TryWrite(string directory, string path, string older, Action<Stream> write)
    {
        try
        {
            Directory.CreateDirectory(directory);
            ReplacingFile.Write(path, write);
            GeneratedBankCache.RemoveOlder(directory, older, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: the entry is made again next time.
        }
    }

    /// <summary>The entry at <paramref name="path"/>, or null when there is none, it is damaged, or it has more bytes than it reads.</summary>
    /// <param name="read">Reads an entry; null for one that is whole but not the one wanted; throws <see cref="InvalidDataException"/> (or a reading error) when it is damaged.</param>
    public static T? TryRead<T>(string path, Func<Stream, T?> read)
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
