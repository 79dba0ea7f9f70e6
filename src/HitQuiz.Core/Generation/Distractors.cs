namespace HitQuiz.Generation;

/// <summary>
/// Chooses distractors: numbers in the key's unit and format, and same-type texts close to the key's length.
/// Nothing true per the source, nothing stated for the same attribute and no conflicting value is ever offered.
/// </summary>
internal static class Distractors
{
    private static readonly decimal[] Below = [0.5m, 0.65m, 0.8m];
    private static readonly decimal[] Above = [1.25m, 1.5m, 1.8m, 2.2m];

    /// <summary>
    /// Up to three numbers; the seed decides how many sit below the key so its position in ascending order varies.
    /// <paramref name="inArticle"/> are the numbers the key's article states, in order; the first safe one on each side is offered.
    /// </summary>
    public static IReadOnlyList<string> Numeric(Quantity key, int seed, IReadOnlyList<Quantity> inArticle, IReadOnlyList<Observation> related, BannedValues banned)
    {
        // The key's own "up to"/"more than" stays in the stem, so only a two-sided hedge ("about") widens what is true.
        var twoSided = key.Range.Low > 0 && key.Range.High < decimal.MaxValue;
        bool Safe(decimal v) => v > 0 && Math.Abs(v - key.Value) > key.Value * 0.1m && !(twoSided && InRange(v, key))
            && related.All(o => o.Quantity is null || !InRange(v, o.Quantity)) && (key.Unit != QuantityUnit.Percent || v <= 100)
            && !banned.Matches(key.Format(v));
        var step = Math.Max(key.Precision, Magnitude(key.Value));
        var below = Candidates(key, Below, step, small: [-1, -2]).Where(Safe).ToList();
        var above = Candidates(key, Above, step, small: [1, 2, 3]).Where(Safe).ToList();
        var (lower, higher) = FirstStated(key, inArticle, Safe);
        below = [.. lower.Concat(below).Distinct()];
        above = [.. higher.Concat(above).Distinct()];

        // "up to $66,000" with every option lower gives the key away as the highest; "more than" as the lowest.
        var wantBelow = Math.Min(key.Range.Low == 0m ? seed % 3 : key.Range.High == decimal.MaxValue ? 1 + (seed % 3) : seed % 4, below.Count);
        var chosen = below.Take(wantBelow).Concat(above.Take(3 - wantBelow)).ToList();
        chosen.AddRange(below.Skip(wantBelow).Take(3 - chosen.Count));
        chosen.AddRange(above.Skip(3 - wantBelow).Take(3 - chosen.Count));
        return chosen.Select(key.Format).Distinct().Where(t => t != key.Format(key.Value)).ToList();
    }

    /// <summary>Up to <paramref name="count"/> texts of the key's kind, closest to its length, within ±40 % where possible.</summary>
    public static IReadOnlyList<string> Texts(string key, IEnumerable<string> pool, IReadOnlyCollection<string> trueValues, BannedValues banned, int count)
    {
        var usable = pool
            .Where(p => !Words.SameText(p, key) && !trueValues.Any(t => Words.SameText(t, p)) && !banned.Matches(p))
            .Where(p => !Overlaps(p, key))
            .DistinctBy(Words.Normalize)
            .OrderBy(p => Math.Abs(p.Length - key.Length))
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();
        var close = usable.Where(p => p.Length >= key.Length * 0.6 && p.Length <= key.Length * 1.4).ToList();
        var picked = (close.Count >= 2 ? close : usable).Take(count).ToList();
        if (picked.Count == count && picked.All(p => p.Length <= key.Length)
            && usable.Where(p => p.Length > key.Length && p.Length <= key.Length * 1.6).OrderBy(p => p.Length).FirstOrDefault() is { } longer)
        {
            picked[^1] = longer; // a key that is always the longest option is a cue
        }

        return picked.Where(p => !picked.Any(o => o != p && Overlaps(o, p))).ToList();
    }

    private static bool Overlaps(string a, string b)
    {
        var na = Words.Normalize(a);
        var nb = Words.Normalize(b);
        return na.Contains(nb, StringComparison.Ordinal) || nb.Contains(na, StringComparison.Ordinal);
    }

    // The first stated number of the key's unit below the key and the first above it (within a factor of about 3),
    // each safe; the scan stops as soon as both are found.
    private static (decimal[] Lower, decimal[] Higher) FirstStated(Quantity key, IReadOnlyList<Quantity> stated, Func<decimal, bool> safe)
    {
        decimal? lower = null, higher = null;
        foreach (var q in stated)
        {
            var v = q.Value;
            var wanted = v < key.Value ? lower is null : v > key.Value && higher is null;
            if (q.Unit != key.Unit || !wanted || v < key.Value * 0.3m || v > key.Value * 3m || !safe(v))
            {
                continue;
            }

            if (v < key.Value)
            {
                lower = v;
            }
            else
            {
                higher = v;
            }

            if (lower is not null && higher is not null)
            {
                break;
            }
        }

        return (lower is { } l ? [l] : [], higher is { } h ? [h] : []);
    }

    private static IEnumerable<decimal> Candidates(Quantity key, decimal[] factors, decimal step, int[] small)
    {
        if (key.Value < 10 && key.Value == decimal.Truncate(key.Value))
        {
            return small.Select(d => key.Value + d);
        }

        return factors.Select(f => Math.Round(key.Value * f / step, MidpointRounding.AwayFromZero) * step);
    }

    // Distractors keep roughly the key's number of significant digits, so the key's rounding is no cue.
    private static decimal Magnitude(decimal value)
    {
        var step = 1m;
        while (value >= step * 10000)
        {
            step *= 10;
        }

        return step;
    }

    private static bool InRange(decimal value, Quantity q) => value >= q.Range.Low && value <= q.Range.High;
}
