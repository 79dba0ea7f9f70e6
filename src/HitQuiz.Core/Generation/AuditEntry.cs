using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// A candidate with what the quiz audit compares, computed once: the normalised stem, the numbers it states and the
/// keys it must not reveal elsewhere (a typed answer's first form, or every chosen answer).
/// </summary>
internal sealed class AuditEntry
{
    public AuditEntry(Candidate item)
    {
        Item = item;
        Stem = Words.Padded(item.Stem);
        StemNumbers = NumbersOf(item.Stem);
        Keys = KeysOf(item);
    }

    /// <summary>The keys an item must not reveal elsewhere: a typed answer's first form, or every chosen answer.</summary>
    public static List<AuditKey> KeysOf(Candidate item)
    {
        var keys = item.Kind switch
        {
            QuestionKind.TrueFalse => [],
            QuestionKind.Cloze => item.Answers.Take(1),
            _ => item.Answers,
        };
        return keys.Select(k => QuantityReader.Read(k) is [{ } q] && q.Text.Length >= k.Length - 1
            ? new AuditKey(null, (q.Value, q.Unit))
            : new AuditKey(Words.Padded(k), null)).ToList();
    }

    public Candidate Item { get; }

    public string Stem { get; }

    /// <summary>The distinct numbers the stem states, in the order stated (a stem states few, most none).</summary>
    public (decimal, QuantityUnit)[] StemNumbers { get; }

    public IReadOnlyList<AuditKey> Keys { get; }

    private static (decimal, QuantityUnit)[] NumbersOf(string stem)
    {
        var read = QuantityReader.Read(stem);
        return read.Count == 0 ? [] : [.. read.Select(q => (q.Value, q.Unit)).Distinct()];
    }

    /// <summary>True when this entry's stem states one of the other entry's keys.</summary>
    public bool States(AuditEntry keyed)
    {
        // Asked of many pairs of entries: a loop, without a closure or an enumerator for each.
        for (var i = 0; i < keyed.Keys.Count; i++)
        {
            var key = keyed.Keys[i];
            if (key.Number is { } n ? StemNumbers.Contains(n) : key.Text!.Length > 2 && Stem.Contains(key.Text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
