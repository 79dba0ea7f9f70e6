namespace HitQuiz.Loading;

/// <summary>How file paths appear in messages: relative to the current directory when under it, else absolute.</summary>
internal static class DisplayPath
{
    public static string For(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative;
    }

    /// <summary>The key of a file under the questions folder: relative, with forward slashes.</summary>
    public static string Key(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
