using HitQuiz.Sources;

namespace HitQuiz.Questions;

/// <summary>
/// Checks parsed question files against each other and against their source documents: ids unique across files,
/// source paths inside the questions folder, documents present, sections resolvable, evidence present.
/// </summary>
public static class QuizChecker
{
    /// <param name="files">The parsed files, in the order they were read (a repeated id is reported on the later one).</param>
    /// <param name="findSource">Finds a source document by its path relative to the questions folder, or null.</param>
    public static IReadOnlyList<Problem> Check(IReadOnlyList<QuizFile> files, Func<string, SourceDocument?> findSource)
    {
        ArgumentNullException.ThrowIfNull(files);
        var ids = new QuizIds();
        return [.. files.SelectMany(file => Check(file, ids, findSource))];
    }

    /// <summary>
    /// Checks one file of several read in turn: <paramref name="ids"/> holds where the ids of the files checked before
    /// it were first used, and gains this file's, so that files can be checked as they are read and not kept.
    /// </summary>
    public static List<Problem> Check(QuizFile file, QuizIds ids, Func<string, SourceDocument?> findSource)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(ids);
        var problems = new List<Problem>();
        foreach (var question in file.Questions)
        {
            var here = question.Origin ?? new FileLocation(file.File, 1);
            if (ids.FirstUse(question.Id, here) is { } first && first.File != here.File)
            {
                problems.Add(Problem.Error(here.File, here.Line, $"duplicate id \"{question.Id}\"; it is also used at {first}."));
            }
        }

        problems.AddRange(CheckSources(file, findSource));
        return problems;
    }

    private static List<Problem> CheckSources(QuizFile file, Func<string, SourceDocument?> findSource)
    {
        var problems = new List<Problem>();
        // A bad document is reported once per file, where it is first named, not on every question that uses it.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        if (CheckHeader(file, findSource) is Problem headerProblem)
        {
            reported.Add(file.DefaultSource!);
            problems.Add(headerProblem);
        }

        foreach (var question in file.Questions)
        {
            if (question.Source is not SourceReference source)
            {
                continue;
            }

            var at = source.Origin ?? question.Origin ?? new FileLocation(file.File, 1);
            if (DocumentProblem(source.Document, findSource) is string message)
            {
                if (reported.Add(source.Document))
                {
                    problems.Add(Problem.Error(at.File, at.Line, $"{question.Id}: {message}"));
                }

                continue;
            }

            problems.AddRange(CheckSection(question, source, findSource(source.Document)!, at));
        }

        return problems;
    }

    private static Problem? CheckHeader(QuizFile file, Func<string, SourceDocument?> findSource) =>
        file.DefaultSource is string header && DocumentProblem(header, findSource) is string message
            ? Problem.Error(file.File, Math.Max(file.DefaultSourceLine, 1), $"\"Source file:\" {message}")
            : null;

    private static string? DocumentProblem(string document, Func<string, SourceDocument?> findSource)
    {
        if (SourcePaths.LeavesFolder(document))
        {
            return $"source path \"{document}\" leaves the questions folder; use a path inside it, like \"sources/article.txt\".";
        }

        return findSource(document) is null ? $"source document \"{document}\" not found." : null;
    }

    private static IEnumerable<Problem> CheckSection(Question question, SourceReference source, SourceDocument document, FileLocation at)
    {
        var lookup = SectionResolver.Resolve(document, source.Section, source.Line);
        if (lookup.Section is not Section section)
        {
            yield return Problem.Error(at.File, at.Line, $"{question.Id}: {lookup.Error ?? $"section \"{source.Section}\" not found"}");
            yield break;
        }

        if (source.Evidence is string evidence && !EvidenceText.Contains(document, section, evidence))
        {
            var where = source.EvidenceOrigin ?? at;
            yield return Problem.Warning(where.File, where.Line, $"{question.Id}: evidence not found in section \"{section.Title}\" (lines {section.FirstLine}-{section.LastLine}).");
        }
    }
}
