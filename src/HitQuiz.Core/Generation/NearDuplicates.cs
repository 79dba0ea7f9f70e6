namespace HitQuiz.Generation;

/// <summary>
/// The kept stems of the quiz audit as sets of word pairs (shingles, as sorted ids from <see cref="ShingleIds"/>),
/// to find a kept stem that a new one nearly repeats: Jaccard similarity of at least 0.75.
/// </summary>
/// <remarks>
/// Common pairs ("which of", "of the") occur in thousands of stems, so looking up every pair of a stem would compare
/// it with most of the quiz and grow with the square of the document. Two sets this similar must share one of their
/// rarest pairs (prefix filtering): if they overlap in at least 75 % of a set of n pairs, any n − ⌈0.75 n⌉ + 1 of its
/// pairs include a shared one, so each stem is indexed by, and looks up, only that many of its rarest pairs (rarest
/// over every stem the audit will see, ties broken by id, one order for all stems). The candidates found are then
/// compared in full, so the result is exactly that of comparing every pair of stems.
/// </remarks>
internal sealed class NearDuplicates
{
    private const double Threshold = 0.75;

    // The end of a chain of postings.
    private const int None = -1;

    private readonly int[] _frequencies;

    // For each pair, the kept stems indexed by it, in the order kept, with their sizes and where the pair stands among
    // their rarest: most are turned down by these alone, without reading the stem. Each pair's list is a chain of
    // postings (its first and last here, each posting's next in _postings), held in arrays of numbers only: tens of
    // thousands of small lists, each referenced from one large table, made the collector rescan that table.
    private readonly int[] _first;
    private readonly int[] _last;
    private Posting[] _postings = new Posting[256];
    private int _postingCount;
    private readonly List<int[]> _kept = [];

    // The kept stems already compared with (or turned down for) the stem being looked up: those marked with this round.
    private int[] _seen = [];
    private int _round;

    /// <param name="stems">Every stem the audit will see, to count how often each pair occurs: the rarest are the best to index.</param>
    public NearDuplicates(IReadOnlyCollection<int[]> stems)
    {
        _frequencies = new int[stems.Select(s => s.Length == 0 ? 0 : s[^1] + 1).DefaultIfEmpty().Max()];
        foreach (var stem in stems)
        {
            foreach (var pair in stem)
            {
                _frequencies[pair]++;
            }
        }

        _first = new int[_frequencies.Length];
        _last = new int[_frequencies.Length];
        Array.Fill(_first, None);
    }

    /// <summary>The first kept stem (in the order kept) that the stem nearly repeats, if any.</summary>
    /// <remarks>
    /// Pairs are looked up rarest first, so a kept stem is first met at the rarest pair the two share: no pair before it
    /// in either stem's order is shared, and the pairs after it bound how many they can share (positional filtering).
    /// A kept stem that cannot reach 0.75 by that bound, or by size, is turned down without being read.
    /// </remarks>
    public int? TwinOf(int[] shingles)
    {
        var twin = int.MaxValue;
        if (++_round == int.MaxValue)
        {
            Array.Clear(_seen);
            _round = 1;
        }

        if (_seen.Length < _kept.Count)
        {
            Array.Resize(ref _seen, Math.Max(_kept.Count, _seen.Length * 2));
        }

        var rarest = RarestPairs(shingles);
        for (var at = 0; at < rarest.Length; at++)
        {
            // A list is in the order kept: past the twin found so far, or at its own first twin, it has no earlier one.
            for (var p = _first[rarest[at]]; p != None; p = _postings[p].Next)
            {
                var (i, size, position, _) = _postings[p];
                if (i >= twin)
                {
                    break;
                }

                if (_seen[i] == _round)
                {
                    continue;
                }

                _seen[i] = _round;
                var most = 1 + Math.Min(shingles.Length - 1 - at, size - 1 - position);
                if (CanBeNear(shingles.Length, size) && IsNear(most, shingles.Length, size) && IsNearDuplicate(shingles, _kept[i]))
                {
                    twin = i;
                    break;
                }
            }
        }

        return twin == int.MaxValue ? null : twin;
    }

    public void Add(int[] shingles)
    {
        var rarest = RarestPairs(shingles);
        for (var at = 0; at < rarest.Length; at++)
        {
            Post(rarest[at], new Posting(_kept.Count, shingles.Length, at, None));
        }

        _kept.Add(shingles);
    }

    // Appended at the end of the pair's chain, so that each chain stays in the order kept.
    private void Post(int pair, Posting posting)
    {
        if (_postingCount == _postings.Length)
        {
            Array.Resize(ref _postings, _postings.Length * 2);
        }

        var at = _postingCount++;
        _postings[at] = posting;
        if (_first[pair] == None)
        {
            _first[pair] = at;
        }
        else
        {
            _postings[_last[pair]].Next = at;
        }

        _last[pair] = at;
    }

    /// <summary>Shared pairs over all pairs of the two stems (sorted, distinct ids) of at least 0.75.</summary>
    public static bool IsNearDuplicate(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared > 0 && IsNear(shared, a.Length, b.Length);
    }

    // Two stems of these sizes sharing this many pairs are similar enough (the similarity grows with what they share).
    private static bool IsNear(int shared, int a, int b) => shared / (double)(a + b - shared) >= Threshold;

    // Sets of very different sizes cannot be this similar (the smaller at most 75 % of the larger); a cheap first test.
    private static bool CanBeNear(int a, int b) => Math.Min(a, b) >= Threshold * Math.Max(a, b);

    // A stem is looked up and then, when kept, added: its rarest pairs are worked out once for both, into one buffer
    // reused from stem to stem.
    private int[]? _lastShingles;
    private int[] _rarest = new int[64];
    private int _rarestCount;

    // Sorted by how often each pair occurs, then by id: both are non-negative, so one 64-bit key orders them.
    private ReadOnlySpan<int> RarestPairs(int[] shingles)
    {
        if (ReferenceEquals(shingles, _lastShingles))
        {
            return _rarest.AsSpan(0, _rarestCount);
        }

        var prefix = Math.Min(shingles.Length, shingles.Length - (int)Math.Floor(Threshold * shingles.Length) + 1);
        var keys = shingles.Length <= 128 ? stackalloc long[shingles.Length] : new long[shingles.Length];
        for (var i = 0; i < shingles.Length; i++)
        {
            keys[i] = ((long)_frequencies[shingles[i]] << 32) | (uint)shingles[i];
        }

        keys.Sort();
        if (_rarest.Length < prefix)
        {
            _rarest = new int[Math.Max(prefix, _rarest.Length * 2)];
        }

        for (var i = 0; i < prefix; i++)
        {
            _rarest[i] = (int)keys[i];
        }

        (_lastShingles, _rarestCount) = (shingles, prefix);
        return _rarest.AsSpan(0, prefix);
    }

    // A kept stem in one pair's chain: its size, where the pair stands among its rarest, and the next posting.
    private record struct Posting(int Stem, int Size, int Position, int Next);
}
