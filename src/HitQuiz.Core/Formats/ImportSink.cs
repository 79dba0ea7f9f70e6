using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>Collects what an importer reads: questions that pass <see cref="ImportChecks"/>, and problems.</summary>
/// <param name="file">The file as named in problems.</param>
/// <param name="idsFrom">The file whose name prefixes the ids, when not <paramref name="file"/> (a package's assessment is named for the package).</param>
internal sealed class ImportSink(string file, string? idsFrom = null)
{
    private readonly List<ImportedQuestion> _items = [];
    private readonly List<Problem> _problems = [];

    public string File => file;

    public ImportIds Ids { get; } = new(idsFrom ?? file);

    public int Count => _items.Count;

    public void Add(Question question, string? title, int first, int last, bool keepsOrder = false)
    {
        if (ImportChecks.Reason(question) is string reason)
        {
            Error(first, $"{Label(question.Kind.Name(), title, question.Stem)} {reason}; skipped.");
            return;
        }

        _items.Add(new ImportedQuestion(question with { Origin = new FileLocation(file, first) }, first, last) { KeepsOrder = keepsOrder });
    }

    /// <summary>Reports an item the trainer cannot ask, like an essay; the rest of the file still imports.</summary>
    public void Skip(int line, string kind, string? title, string stem, string reason) =>
        Warning(line, $"{Label(kind, title, stem)} {reason}; skipped.");

    public void Error(int line, string message) => _problems.Add(Problem.Error(file, line, message));

    public void Warning(int line, string message) => _problems.Add(Problem.Warning(file, line, message));

    public ImportResult Result() => new(_items, _problems.OrderBy(p => p.Line).ToList());

    /// <summary>"essay question "Title"", naming the item by its title or the start of its text.</summary>
    public static string Label(string kind, string? title, string stem)
    {
        var name = title is { Length: > 0 } ? title : stem.Length > 40 ? stem[..40] + "…" : stem;
        return name.Length == 0 ? $"{kind} question" : $"{kind} question \"{name}\"";
    }
}
