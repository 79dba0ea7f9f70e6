using HitQuiz.Sources;

namespace HitQuiz.Questions;

/// <summary>
/// Checks one question file's questions one at a time, as they are read: ids unique across the files checked so far,
/// source documents present and inside the questions folder, sections resolvable, evidence present. Gives the same
/// problems, in the same order, as <see cref="QuizChecker.Check(QuizFile, QuizIds, Func{string, SourceDocument?})"/>
/// over the whole file, without the file's questions being kept.
/// <para>With no <see cref="QuizIds"/>, the file is checked on its own and ids repeated from other files are left to
/// <see cref="QuizIds.Repeat"/>: a file's own problems can then be kept while it is unchanged.</para>
/// </summary>
public sealed class QuizFileCheck(string file, QuizIds? ids, Func<string, SourceDocument?> findSource)
{
    private readonly List<Problem> _duplicates = [];
    private readonly List<Problem> _sources = [];

    // A bad document is reported once per file, where it is first named, not on every question that uses it.
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private Problem? _header;
    private bool _headerChecked;

    /// <param name="question">A question of the file, read without errors.</param>
    /// <param name="defaultSource">The file's <c>Source file:</c> header, final once its first question is read.</param>
    /// <param name="defaultSourceLine">The header's line.</param>
    public void Add(Question question, string? defaultSource, int defaultSourceLine)
    {
        ArgumentNullException.ThrowIfNull(question);
        CheckHeader(defaultSource, defaultSourceLine);
        var here = question.Origin ?? new FileLocation(file, 1);
        if (ids?.Repeat(question.Id, here) is { } repeat)
        {
            _duplicates.Add(repeat);
        }

        if (question.Source is not SourceReference source)
        {
            return;
        }

        var at = source.Origin ?? question.Origin ?? new FileLocation(file, 1);
        if (QuizChecker.DocumentProblem(source.Document, findSource) is string message)
        {
            if (_reported.Add(source.Document))
            {
                _sources.Add(Problem.Error(at.File, at.Line, $"{question.Id}: {message}"));
            }

            return;
        }

        _sources.AddRange(QuizChecker.CheckSection(question, source, findSource(source.Document)!, at));
    }

    /// <summary>Every problem found: repeated ids, then the header's document, then each question's source, in file order.</summary>
    public List<Problem> Finish(string? defaultSource, int defaultSourceLine)
    {
        CheckHeader(defaultSource, defaultSourceLine);
        return [.. _duplicates, .. _header is null ? [] : new[] { _header }, .. _sources];
    }

    private void CheckHeader(string? defaultSource, int defaultSourceLine)
    {
        if (_headerChecked)
        {
            return;
        }

        _headerChecked = true;
        if (defaultSource is string header && QuizChecker.DocumentProblem(header, findSource) is string message)
        {
            _reported.Add(header);
            _header = Problem.Error(file, Math.Max(defaultSourceLine, 1), $"\"Source file:\" {message}");
        }
    }
}
