namespace HitQuiz.Questions;

/// <summary>Where each question id was first used, across the files of a questions folder; ids differing only in case are the same.</summary>
public sealed class QuizIds
{
    private readonly Dictionary<string, FileLocation> _first;

    /// <param name="capacity">About how many ids will be used, so that the table is sized once.</param>
    public QuizIds(int capacity = 0) => _first = new(capacity, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The error for <paramref name="id"/> used at <paramref name="here"/> when another file used it first, else null
    /// (a first use is recorded; an id a file repeats itself is the parser's to report).
    /// </summary>
    public Problem? Repeat(string id, FileLocation here)
    {
        ArgumentNullException.ThrowIfNull(here);
        return !_first.TryAdd(id, here) && _first[id] is var first && first.File != here.File
            ? Problem.Error(here.File, here.Line, $"duplicate id \"{id}\"; it is also used at {first}.")
            : null;
    }
}
