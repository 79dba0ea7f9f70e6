using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Loading;

/// <summary>
/// The question bank as loaded from a questions folder: the usable questions (rejected ones and those of skipped
/// files left out), the source documents keyed by path relative to the folder, every problem found, the files
/// skipped because of an error, and how many files were read.
/// </summary>
public sealed record LoadedBank(
    IReadOnlyList<Question> Questions,
    IReadOnlyDictionary<string, SourceDocument> Sources,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<SkippedFile> Skipped,
    int FileCount)
{
    /// <summary>How many of <see cref="FileCount"/> were question files; the rest were source documents.</summary>
    public int QuestionFileCount { get; init; }

    public int SourceFileCount => FileCount - QuestionFileCount;

    /// <summary>How many of <see cref="Questions"/> were generated from the source documents (not overridden).</summary>
    public int GeneratedCount { get; init; }

    public int ErrorCount => Problems.Count(p => p.IsError);

    public int WarningCount => Problems.Count(p => !p.IsError);
}
