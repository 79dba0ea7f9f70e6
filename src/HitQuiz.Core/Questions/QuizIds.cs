namespace HitQuiz.Questions;

/// <summary>Where each question id was first used, across the files of a questions folder; ids differing only in case are the same.</summary>
public sealed class QuizIds
{
    private readonly Dictionary<string, FileLocation> _first = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where <paramref name="id"/> was used before, or null when this is its first use (then recorded as <paramref name="here"/>).</summary>
    public FileLocation? FirstUse(string id, FileLocation here) => _first.TryAdd(id, here) ? null : _first[id];
}
