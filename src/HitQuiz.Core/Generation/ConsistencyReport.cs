namespace HitQuiz.Generation;

/// <summary>
/// What the consistency pass found: the conflicts, the values and sentences no question may rely on, and for each
/// stated number the other numbers stated for the same attribute (so none becomes a distractor for another).
/// </summary>
internal sealed class ConsistencyReport
{
    public List<Conflict> Conflicts { get; } = [];

    public HashSet<string> BannedValues { get; } = [];

    public HashSet<string> BannedEvidence { get; } = [];

    public Dictionary<string, List<Observation>> SameAttribute { get; } = [];

    public bool IsBannedValue(string text)
    {
        var n = Words.Normalize(text);
        return BannedValues.Contains(n) || BannedValues.Any(b => b.Length > 3 && (n.Contains(b, StringComparison.Ordinal) || b.Contains(n, StringComparison.Ordinal) && n.Length > 3));
    }

    public bool IsBannedEvidence(Evidence evidence) => BannedEvidence.Contains(EvidenceKey(evidence));

    public IReadOnlyList<Observation> Related(Evidence evidence, Quantity quantity) =>
        SameAttribute.GetValueOrDefault(QuantityKey(evidence, quantity)) ?? [];

    public static string EvidenceKey(Evidence evidence) => $"{evidence.FirstLine}|{Words.Normalize(evidence.Text)}";

    public static string QuantityKey(Evidence evidence, Quantity quantity) => $"{evidence.FirstLine}|{Words.Normalize(quantity.Bare)}";
}
