namespace HitQuiz.Generation;

/// <summary>
/// Orders an item's options from its id: stable across runs and runtimes, and the key's position spread evenly over
/// A–D across a quiz (the position is the id's hash modulo the option count; the distractors are shuffled around it).
/// Numeric options are shown in ascending order instead; their distractors are chosen above and below the key.
/// </summary>
internal static class OptionOrder
{
    public static IReadOnlyList<string> Arrange(string id, IReadOnlyList<string> keys, IReadOnlyList<string> distractors)
    {
        var all = keys.Concat(distractors).ToList();
        if (all.All(IsNumeric))
        {
            return [.. all.OrderBy(NumericValue)];
        }

        var state = StableId.Hash(id);
        var shuffled = Shuffle(keys.Count == 1 ? [.. distractors] : all, ref state);
        if (keys.Count == 1)
        {
            shuffled.Insert((int)(Next(ref state) % (ulong)all.Count), keys[0]);
        }

        return shuffled;
    }

    public static bool IsNumeric(string option) => QuantityReader.Read(option) is [{ } q] && q.Text.Length >= option.Trim().Length - 8;

    private static List<string> Shuffle(List<string> items, ref ulong state)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    // SplitMix64: a tiny, well-mixed generator, so the order never depends on System.Random's implementation.
    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static decimal NumericValue(string option) => QuantityReader.Read(option) is [{ } q, ..] ? q.Value : 0m;
}
