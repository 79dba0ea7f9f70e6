namespace HitQuiz.Generation;

/// <summary>
/// The kept stems of the quiz audit as sets of word pairs (shingles), to find a kept stem that a new one nearly
/// repeats: Jaccard similarity of at least 0.75.
/// </summary>
/// <remarks>
/// Common pairs ("which of", "of the") occur in thousands of stems, so looking up every pair of a stem would compare
/// it with most of the quiz and grow with the square of the document. Two sets this similar must share one of their
/// rarest pairs (prefix filtering): if they overlap in at least 75 % of a set of n pairs, any n − ⌈0.75 n⌉ + 1 of its
/// pairs include a shared one, so each stem is indexed by, and looks up, only that many of its rarest pairs. The
/// candidates found are then compared in full, so the result is exactly that of comparing every pair of stems.
/// </remarks>
internal sealed class NearDuplicates(IReadOnlyDictionary<string, int> frequencies)
{
    private const double Threshold = 0.75;

    private readonly List<HashSet<string>> _kept = [];
    private readonly Dictionary<string, List<int>> _byRarePair = new(StringComparer.Ordinal);

    /// <summary>How often each pair occurs over all the stems the audit will see: the rarest are the best to index.</summary>
    public static Dictionary<string, int> Frequencies(IEnumerable<HashSet<string>> stems)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in stems.SelectMany(s => s))
        {
            counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }

        return counts;
    }

    /// <summary>The first kept stem (in the order kept) that the stem nearly repeats, if any.</summary>
    public int? TwinOf(HashSet<string> shingles)
    {
        int? twin = null;
        var compared = new HashSet<int>();
        foreach (var pair in RarestPairs(shingles))
        {
            foreach (var i in _byRarePair.GetValueOrDefault(pair) ?? [])
            {
                if ((twin is null || i < twin) && compared.Add(i) && CanBeNear(shingles.Count, _kept[i].Count) && IsNearDuplicate(shingles, _kept[i]))
                {
                    twin = i;
                }
            }
        }

        return twin;
    }

    public void Add(HashSet<string> shingles)
    {
        foreach (var pair in RarestPairs(shingles))
        {
            (_byRarePair.TryGetValue(pair, out var list) ? list : _byRarePair[pair] = []).Add(_kept.Count);
        }

        _kept.Add(shingles);
    }

    // The same comparison as the audit has always made: shared pairs over all pairs of the two stems.
    public static bool IsNearDuplicate(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return shared > 0 && shared / (double)(a.Count + b.Count - shared) >= Threshold;
    }

    // Sets of very different sizes cannot be this similar (the smaller at most 75 % of the larger); a cheap first test.
    private static bool CanBeNear(int a, int b) => Math.Min(a, b) >= Threshold * Math.Max(a, b);

    private IEnumerable<string> RarestPairs(HashSet<string> shingles)
    {
        var prefix = Math.Min(shingles.Count, shingles.Count - (int)Math.Floor(Threshold * shingles.Count) + 1);
        return shingles
            .OrderBy(p => frequencies.GetValueOrDefault(p))
            .ThenBy(p => p, StringComparer.Ordinal)
            .Take(prefix);
    }
}
