namespace HitQuiz.Generation;

/// <summary>
/// The conflicting values of one article, normalised. A text is banned when it equals one, contains one, or is
/// contained in one (both longer than three characters: "$34000" bans "about $34000", "2 year associate's degree"
/// bans "associate's degree"). Indexed so a check costs the same however many values there are: values by length
/// for "contains one", and every piece of every value for "contained in one".
/// </summary>
internal sealed class BannedValues
{
    private const int Shortest = 4;

    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<int, HashSet<string>> _byLength = [];
    private readonly HashSet<string> _pieces = new(StringComparer.Ordinal);

    public static BannedValues None { get; } = new();

    public int Count => _values.Count;

    public void Add(string normalized)
    {
        if (!_values.Add(normalized) || normalized.Length < Shortest)
        {
            return;
        }

        (_byLength.TryGetValue(normalized.Length, out var same) ? same : _byLength[normalized.Length] = new(StringComparer.Ordinal)).Add(normalized);
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
        return _values.Contains(n) || n.Length >= Shortest && (_pieces.Contains(n) || ContainsOne(n));
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
