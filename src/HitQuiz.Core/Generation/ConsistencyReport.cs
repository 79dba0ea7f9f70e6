namespace HitQuiz.Generation;

/// <summary>
/// What the consistency pass found: the conflicts, the values and sentences no question may rely on, and for each
/// stated number the other numbers stated for the same attribute (so none becomes a distractor for another).
/// Conflicting values are banned within the article that states them (see <see cref="Articles"/>).
/// </summary>
internal sealed class ConsistencyReport(Articles articles)
{
    private readonly Dictionary<int, BannedValues> _bannedValues = [];

    public ConsistencyReport()
        : this(Articles.Single)
    {
    }

    public List<Conflict> Conflicts { get; } = [];

    // The normalised text of banned evidence, by its first line: most evidence is on a line with none, and needs no
    // normalising to tell; the rest is normalised on the stack, since every template and check asks.
    private readonly Dictionary<int, HashSet<string>> _bannedEvidence = [];

    public Dictionary<string, List<Observation>> SameAttribute { get; } = [];

    private readonly HashSet<(int Article, string Letters)> _ambiguousAcronyms = [];

    /// <summary>Marks an acronym the article uses for two things: no item asks about it or offers it.</summary>
    public void BanAcronym(int article, string letters) => _ambiguousAcronyms.Add((article, letters));

    public bool IsAmbiguousAcronym(Fact acronym) =>
        _ambiguousAcronyms.Count > 0 && _ambiguousAcronyms.Contains((articles.At(acronym.Evidence.FirstLine), AcronymAmbiguity.Letters(acronym.Subject)));

    /// <summary>Bans an observation of a conflicting attribute: its value in its article, and its sentence.</summary>
    public void Ban(Observation observation)
    {
        var article = articles.At(observation.Evidence.FirstLine);
        if (!_bannedValues.TryGetValue(article, out var values))
        {
            _bannedValues[article] = values = new BannedValues();
        }

        values.Add(Words.Normalize(observation.Quantity?.Bare ?? observation.Text));
        if (!_bannedEvidence.TryGetValue(observation.Evidence.FirstLine, out var texts))
        {
            _bannedEvidence[observation.Evidence.FirstLine] = texts = new HashSet<string>(StringComparer.Ordinal);
        }

        texts.Add(Words.Normalize(observation.Evidence.Text));
    }

    /// <summary>The values no item drawn from this evidence may use as a key or a distractor.</summary>
    public BannedValues BannedValuesFor(Evidence evidence) =>
        _bannedValues.GetValueOrDefault(articles.At(evidence.FirstLine)) ?? BannedValues.None;

    public bool IsBannedValue(string text, Evidence evidence) => BannedValuesFor(evidence).Matches(text);

    public bool IsBannedEvidence(Evidence evidence)
    {
        if (!_bannedEvidence.TryGetValue(evidence.FirstLine, out var texts))
        {
            return false;
        }

        using var pooled = new CharBuffer(stackalloc char[256], evidence.Text.Length);
        var normalized = pooled.Span[..Words.Normalize(evidence.Text, pooled.Span)];
        return texts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalized);
    }

    public IReadOnlyList<Observation> Related(Evidence evidence, Quantity quantity) =>
        SameAttribute.GetValueOrDefault(QuantityKey(evidence, quantity)) ?? [];

    public static string EvidenceKey(Evidence evidence) => $"{evidence.FirstLine}|{Words.Normalize(evidence.Text)}";

    public static string QuantityKey(Evidence evidence, Quantity quantity) => $"{evidence.FirstLine}|{Words.Normalize(quantity.Bare)}";
}
