using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// What an importer read: the questions it could represent, and a problem (with its line) for everything else:
/// items it skipped, constructs it simplified, and input it could not read.
/// </summary>
public sealed record ImportResult(IReadOnlyList<ImportedQuestion> Items, IReadOnlyList<Problem> Problems)
{
    public IReadOnlyList<Question> Questions => Items.Select(i => i.Question).ToList();

    public bool HasErrors => Problems.Any(p => p.IsError);
}
