namespace HitQuiz.Generation;

/// <summary>
/// Places the key(s) among the distractors with a shuffle seeded by the item id: stable across runs, and the key's
/// position spread evenly over A–D across a quiz. Numeric options are shown in ascending order instead, with the
/// seed deciding how many distractors sit below the key.
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

        // A seeded Fisher–Yates shuffle: System.Random with a seed is deterministic for a given runtime major version,
        // so a hand-rolled generator keeps the order stable across runtimes too.
        var state = (uint)StableId.Seed(id) | 1u;
        for (var i = all.Count - 1; i > 0; i--)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            var j = (int)(state % (uint)(i + 1));
            (all[i], all[j]) = (all[j], all[i]);
        }

        return all;
    }

    public static bool IsNumeric(string option) => QuantityReader.Read(option) is [{ } q] && q.Text.Length >= option.Trim().Length - 8;

    private static decimal NumericValue(string option) => QuantityReader.Read(option) is [{ } q, ..] ? q.Value : 0m;
}
