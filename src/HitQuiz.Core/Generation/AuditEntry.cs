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
    /// <remarks>Made for every item the audit keeps or compares: a loop into one array, without enumerators.</remarks>
    public static AuditKey[] KeysOf(Candidate item)
    {
        var count = item.Kind switch
        {
            QuestionKind.TrueFalse => 0,
            QuestionKind.Cloze => Math.Min(1, item.Answers.Count),
            _ => item.Answers.Count,
        };
        if (count == 0)
        {
            return [];
        }

        var keys = new AuditKey[count];
        for (var i = 0; i < count; i++)
        {
            var key = item.Answers[i];
            keys[i] = QuantityReader.Read(key) is [{ } q] && q.Text.Length >= key.Length - 1
                ? new AuditKey(null, (q.Value, q.Unit))
                : new AuditKey(Words.Padded(key), null);
        }

        return keys;
    }

    public Candidate Item { get; }

    public string Stem { get; }

    /// <summary>The distinct numbers the stem states, in the order stated (a stem states few, most none).</summary>
    public (decimal, QuantityUnit)[] StemNumbers { get; }

    public AuditKey[] Keys { get; }

    private static (decimal, QuantityUnit)[] NumbersOf(string stem)
    {
        var read = QuantityReader.Read(stem);
        return read.Count == 0 ? [] : [.. read.Select(q => (q.Value, q.Unit)).Distinct()];
    }

    /// <summary>True when this entry's stem states one of the other entry's keys.</summary>
    public bool States(AuditEntry keyed)
    {
        // Asked of many pairs of entries: a loop, without a closure or an enumerator for each.
        for (var i = 0; i < keyed.Keys.Length; i++)
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
