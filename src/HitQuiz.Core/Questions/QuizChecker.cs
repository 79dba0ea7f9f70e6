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
        var check = new QuizFileCheck(file.File, ids, findSource);
        foreach (var question in file.Questions)
        {
            check.Add(question, file.DefaultSource, file.DefaultSourceLine);
        }

        return check.Finish(file.DefaultSource, file.DefaultSourceLine);
    }

    // A bad document, named in the header or by a question, as one message; null when it is found.
    internal static string? DocumentProblem(string document, Func<string, SourceDocument?> findSource)
    {
        if (SourcePaths.LeavesFolder(document))
        {
            return $"source path \"{document}\" leaves the questions folder; use a path inside it, like \"sources/article.txt\".";
        }

        return findSource(document) is null ? $"source document \"{document}\" not found." : null;
    }

    internal static IEnumerable<Problem> CheckSection(Question question, SourceReference source, SourceDocument document, FileLocation at)
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
