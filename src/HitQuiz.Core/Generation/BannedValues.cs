namespace HitQuiz.Generation;

/// <summary>
/// The conflicting values of one article, normalised. A text is banned when it equals one, contains one, or is
/// contained in one (both longer than three characters: "$34000" bans "about $34000", "2 year associate's degree"
/// bans "associate's degree"). Indexed so a check costs the same however many values there are: values by length
/// for "contains one", and, once an article has more than a few values, every piece of every value for "contained in
/// one". Filled while the document is checked for conflicts, then only read (by several threads at once).
/// </summary>
internal sealed class BannedValues
{
    private const int Shortest = 4;

    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> _byLength = [];
    private readonly HashSet<string> _pieces = new(StringComparer.Ordinal);

    // An article's values of at least four characters, in the order added; an article usually has a handful.
    private readonly List<string> _long = [];

    // Up to this many values are read through to tell whether a text is part of one; beyond it, their pieces are indexed.
    private const int ScanLimit = 16;

    public static BannedValues None { get; } = new();

    public int Count => _values.Count;

    public void Add(string normalized)
    {
        if (!_values.Add(normalized) || normalized.Length < Shortest)
        {
            return;
        }

        (_byLength.TryGetValue(normalized.Length, out var same) ? same : _byLength[normalized.Length] = new(StringComparer.Ordinal)).Add(normalized);
        _long.Add(normalized);
        if (_long.Count == ScanLimit + 1)
        {
            _long.ForEach(AddPieces);
        }
        else if (_long.Count > ScanLimit + 1)
        {
            AddPieces(normalized);
        }
    }

    // Every piece of a value, so that "contained in one" is one lookup: a value of n characters has about n²/2 pieces,
    // worth holding only when there are too many values to read through.
    private void AddPieces(string normalized)
    {
        for (var start = 0; start + Shortest <= normalized.Length; start++)
        {
            for (var length = Shortest; start + length <= normalized.Length; length++)
            {
                _pieces.Add(normalized.Substring(start, length));
            }
        }
    }

    public bool Matches(string text)
    {
        if (_values.Count == 0)
        {
            return false;
        }

        var n = Words.Normalize(text);
        return _values.Contains(n) || n.Length >= Shortest && (IsContainedInOne(n) || ContainsOne(n));
    }

    private bool IsContainedInOne(string n)
    {
        if (_long.Count > ScanLimit)
        {
            return _pieces.Contains(n);
        }

        foreach (var value in _long)
        {
            if (value.Contains(n, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsOne(string n)
    {
        foreach (var (length, values) in _byLength)
        {
            var lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var start = 0; start + length <= n.Length; start++)
            {
                if (lookup.Contains(n.AsSpan(start, length)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
