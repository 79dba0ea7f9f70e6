namespace HitQuiz.Questions;

/// <summary>A value read from a file with the line it was on.</summary>
internal sealed record Located(string Value, int Line);

/// <summary>An option line as written: its text, whether it is marked [x], and its line.</summary>
internal sealed record DraftOption(string Text, bool Marked, int Line);

/// <summary>A matching pair line as written: left item (empty for a distractor), right item, and its line.</summary>
internal sealed record DraftPair(string Left, string Right, int Line);

/// <summary>
/// The lines of one question as they are read, before the kind's rules are applied. Collects its own problems
/// (in line order) so a question with any error can be left out as a whole.
/// </summary>
internal sealed class QuestionDraft(string file, int line)
{
    private readonly List<Located> _why = [];

    public string File { get; } = file;

    public int Line { get; } = line;

    public string? Id { get; set; }

    public QuestionKind? Kind { get; set; }

    public List<Located> Stem { get; } = [];

    public List<DraftOption> Options { get; } = [];

    public List<DraftPair> Pairs { get; } = [];

    public Dictionary<string, Located> Fields { get; } = new(StringComparer.Ordinal);

    public List<Problem> Problems { get; } = [];

    /// <summary>True while the lines being read continue the <c>Why:</c> explanation.</summary>
    public bool InWhy { get; set; }

    /// <summary>"Q-0001 [mc]" as used in messages.</summary>
    public string Label => (Id ?? "question") + (Kind is QuestionKind k ? $" [{k.Name()}]" : "");

    public bool HasErrors => Problems.Any(p => p.IsError);

    public string? Explanation => _why.Count == 0 ? null : string.Join(" ", _why.Select(w => w.Value)).Trim();

    public void Error(int at, string message) => Problems.Add(Problem.Error(File, at, message));

    public void Warning(int at, string message) => Problems.Add(Problem.Warning(File, at, message));

    public void AddField(string name, string value, int at)
    {
        if (Fields.TryGetValue(name, out var first))
        {
            Error(at, $"{Label} has a second \"{name}:\" field (the first is on line {first.Line}).");
            return;
        }

        Fields[name] = new Located(value, at);
        InWhy = name == QuizFields.Why;
        if (InWhy && value.Length > 0)
        {
            _why.Add(new Located(value, at));
        }
    }

    public void AddText(string text, int at)
    {
        if (InWhy)
        {
            _why.Add(new Located(text, at));
        }
        else if (Options.Count > 0 || Pairs.Count > 0)
        {
            Error(at, "text after the options; put the question text above them, or start an explanation with \"Why:\".");
        }
        else
        {
            Stem.Add(new Located(text, at));
        }
    }

    public void AddOption(string text, bool marked, int at)
    {
        InWhy = false;
        Options.Add(new DraftOption(text, marked, at));
    }

    public void AddPair(string left, string right, int at)
    {
        InWhy = false;
        Pairs.Add(new DraftPair(left, right, at));
    }
}
