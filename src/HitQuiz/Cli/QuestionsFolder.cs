namespace HitQuiz.Cli;

/// <summary>
/// Finds the questions folder: <c>--questions</c>, else <c>HITQUIZ_QUESTIONS</c>, else <c>questions/</c> in the current
/// directory, else the nearest <c>questions/</c> above the program (so a build run from anywhere finds the shipped bank).
/// </summary>
internal static class QuestionsFolder
{
    public const string Name = "questions";

    public static string? Resolve(string? option, Func<string, string?> getEnv, string currentDirectory, string programDirectory)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option, currentDirectory);
        }

        if (getEnv("HITQUIZ_QUESTIONS") is { Length: > 0 } fromEnv)
        {
            return Path.GetFullPath(fromEnv, currentDirectory);
        }

        var local = Path.Combine(currentDirectory, Name);
        return Directory.Exists(local) ? local : FindAbove(programDirectory);
    }

    /// <summary>
    /// The bank a command reads when given paths: one folder outside the questions folder is a bank of its own
    /// (another course's questions), whose question files cite its own <c>sources/</c>; other paths are read within
    /// the questions folder.
    /// </summary>
    public static (string Root, IReadOnlyList<string> Paths) BankOf(string root, IReadOnlyList<string> paths) =>
        paths is [var only] && Directory.Exists(only) && !Loading.BankFiles.IsWithin(only, root)
            ? (Path.GetFullPath(only), [])
            : (root, paths);

    private static string? FindAbove(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Name);
            if (Directory.Exists(Path.Combine(candidate, "sources")))
            {
                return candidate;
            }
        }

        return null;
    }
}
