using HitQuiz.Questions;

namespace HitQuiz.Loading;

/// <summary>
/// Finds the files to load: question files (<c>*.quiz.md</c>) in the given paths (the whole questions folder by
/// default), and every source document (<c>.txt</c>, <c>.md</c>) under the folder's <c>sources/</c>.
/// </summary>
internal sealed class BankFiles(string root)
{
    public const string QuizSuffix = ".quiz.md";

    public SortedSet<string> Quizzes { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public List<Problem> Problems { get; } = [];

    public List<SkippedFile> Missing { get; } = [];

    public static BankFiles Find(string root, IReadOnlyList<string>? paths)
    {
        var files = new BankFiles(root);
        var sources = Path.Combine(root, "sources");
        if (Directory.Exists(sources))
        {
            files.AddFolder(sources);
        }

        foreach (var path in paths is null or { Count: 0 } ? [root] : paths)
        {
            files.Add(Path.GetFullPath(path));
        }

        return files;
    }

    public static bool IsQuiz(string path) => path.EndsWith(QuizSuffix, StringComparison.OrdinalIgnoreCase);

    public static bool IsSource(string path) =>
        !IsQuiz(path) && Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".md";

    private void Add(string path)
    {
        if (Directory.Exists(path))
        {
            AddFolder(path);
        }
        else if (File.Exists(path) && (IsQuiz(path) || IsSource(path)))
        {
            (IsQuiz(path) ? Quizzes : Sources).Add(path);
        }
        else
        {
            var reason = !File.Exists(path) ? "no such file or folder."
                : IsImportable(path) ? $"not a question file (*.quiz.md) or a source document (.txt, .md); {ImportFirst(path)}"
                : "not a question file (*.quiz.md) or a source document (.txt, .md).";
            Report(Problem.Error(DisplayPath.For(path), 1, reason));
        }
    }

    private void AddFolder(string folder)
    {
        // A folder named outside the questions folder is read as named: links may not lead out of it instead.
        var inside = IsWithin(folder, root);
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                if ((IsQuiz(file) || IsSource(file)) && LeadsOutside(file, inside ? root : folder))
                {
                    var outside = inside ? "the questions folder" : "the folder being read";
                    Report(Problem.Error(DisplayPath.For(file), 1, $"links to a file outside {outside}; skipped."));
                }
                else if (IsQuiz(file))
                {
                    Quizzes.Add(file);
                }
                else if (IsSource(file) && DisplayPath.Key(root, file).StartsWith("sources/", StringComparison.Ordinal))
                {
                    Sources.Add(file);
                }
                else if (NotRead(file) is { } why)
                {
                    // Left in the folder, likely meant to be read: said, not skipped (nothing in it was a question).
                    Problems.Add(Problem.Warning(DisplayPath.For(file), 1, "not read: " + why));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(Problem.Error(DisplayPath.For(folder), 1, $"cannot read the folder: {e.Message}"));
        }
    }

    // The formats `hitquiz import` reads, which a quiz file is made from rather than read as one.
    public static bool IsImportable(string path) => Path.GetExtension(path).ToLowerInvariant() is ".gift" or ".xml" or ".zip" or ".qti";

    public static string ImportFirst(string path)
    {
        var shown = DisplayPath.For(path);
        return $"GIFT, Aiken, Moodle XML and QTI files are imported into a quiz file first: hitquiz import {shown} -o {shown[..^Path.GetExtension(shown).Length]}.quiz.md";
    }

    // Why a file in the questions folder that an instructor may have meant to be read is not; null for any other file
    // (this guide, notes, pictures).
    private static string? NotRead(string file) =>
        IsImportable(file) ? ImportFirst(file)
        : Path.GetExtension(file).Equals(".txt", StringComparison.OrdinalIgnoreCase)
            ? "source documents are read from sources/ (move it there), and an Aiken file is imported first (hitquiz import)."
            : null;

    // A symbolic link (of the file or a folder above it) may lead anywhere on disk; only the folder read is followed.
    private static bool LeadsOutside(string file, string folder)
    {
        var real = RealPath(file);
        var realFolder = RealPath(folder);
        return real is null || realFolder is null || !IsWithin(real, realFolder);
    }

    /// <summary>True when the path is the folder or lies under it (both made full first).</summary>
    internal static bool IsWithin(string path, string folder)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var prefix = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return (full + Path.DirectorySeparatorChar).StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string? RealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = Path.GetPathRoot(full) ?? "/";
            foreach (var part in parts)
            {
                current = Path.Combine(current, part);
                var info = new FileInfo(current);
                if (info.LinkTarget is not null)
                {
                    current = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
                }
            }

            return current;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Report(Problem problem)
    {
        Problems.Add(problem);
        Missing.Add(new SkippedFile(problem.File, problem.ToString()));
    }
}
