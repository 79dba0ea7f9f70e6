using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// The kept items of the quiz audit, indexed by what can make one item give another away: the same fact, the same
/// sentence, or a stem that states a typed answer (a number, or several words) given anywhere in the document. Only
/// the items an index names are compared, so the audit stays linear where comparing every pair would not.
/// </summary>
internal sealed class RevealIndex
{
    private readonly List<AuditEntry> _kept = [];
    private readonly Dictionary<FactKey, List<int>> _byFact = [];
    private readonly Dictionary<string, List<int>> _bySentence = new(StringComparer.Ordinal);
    private readonly Dictionary<(decimal, QuantityUnit), List<int>> _typedByNumber = [];
    private readonly Dictionary<string, List<int>> _typedByText = new(StringComparer.Ordinal);
    private readonly Dictionary<(decimal, QuantityUnit), List<int>> _stemsByNumber = [];
    private readonly Dictionary<string, List<int>> _stemsByWords = new(StringComparer.Ordinal);
    // The distinct word counts of the typed keys posted, in ascending order (a list: a sorted set's enumerator is
    // allocated afresh for every stem looked up, and there are only a handful of lengths).
    private readonly List<int> _typedKeyLengths = [];

    // The items an entry is compared with, reused from one entry to the next (the audit runs on one thread).
    private readonly List<int> _candidates = [];

    private readonly List<int> _spaces = [];

    // The phrases some item's typed key will look for in kept stems; only these are posted from each stem.
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    /// <summary>
    /// An index for an audit of these items: of each kept stem, it posts only the phrases that one of the items' typed
    /// keys looks for, rather than every word and pair of words.
    /// </summary>
    public RevealIndex(IEnumerable<Candidate> items)
    {
        foreach (var item in items.Where(i => i.Kind == QuestionKind.Cloze && i.Key.Contains(' ', StringComparison.Ordinal)))
        {
            if (AuditEntry.KeysOf(item) is [{ Text: { } text }, ..] && Words(text) is { Length: > 0 } keyWords)
            {
                _asked.Add(Phrase(keyWords, 0, Math.Min(2, keyWords.Length)));
            }
        }
    }

    /// <summary>The first kept item (in the order kept) that the entry gives away or that gives the entry away.</summary>
    public AuditEntry? FirstRevealing(AuditEntry entry, Func<AuditEntry, AuditEntry, bool> reveals)
    {
        var candidates = _candidates;
        candidates.Clear();
        Collect(candidates, _byFact, entry.Item.FactKey);
        Collect(candidates, _bySentence, entry.Item.Evidence.Text);
        foreach (var number in entry.StemNumbers)
        {
            Collect(candidates, _typedByNumber, number);
        }

        // Every phrase of the stem is looked up as a slice of the padded stem: " b c " of " a b c " runs from the
        // space before "b" to the space after "c". Building each one as a string made most of the audit's garbage.
        // Only phrases as long as some typed key are looked up: one long key must not make every stem's lookups grow.
        var spaces = Spaces(entry.Stem);
        var typed = _typedByText.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var n in _typedKeyLengths)
        {
            for (var start = 0; start + n < spaces.Count; start++)
            {
                if (typed.TryGetValue(entry.Stem.AsSpan(spaces[start], spaces[start + n] - spaces[start] + 1), out var found))
                {
                    candidates.AddRange(found);
                }
            }
        }

        if (IsTypedAnywhere(entry) && entry.Keys is [{ } key, ..])
        {
            if (key.Number is { } number)
            {
                Collect(candidates, _stemsByNumber, number);
            }
            else if (Words(key.Text!) is { Length: > 0 } keyWords)
            {
                Collect(candidates, _stemsByWords, Phrase(keyWords, 0, Math.Min(2, keyWords.Length)));
            }
        }

        // The earliest kept item first; an item found twice is compared once.
        candidates.Sort();
        for (var i = 0; i < candidates.Count; i++)
        {
            var other = _kept[candidates[i]];
            if ((i == 0 || candidates[i] != candidates[i - 1]) && (reveals(entry, other) || reveals(other, entry)))
            {
                return other;
            }
        }

        return null;
    }

    public void Add(AuditEntry entry)
    {
        var index = _kept.Count;
        _kept.Add(entry);
        Post(_byFact, entry.Item.FactKey, index);
        Post(_bySentence, entry.Item.Evidence.Text, index);
        foreach (var number in entry.StemNumbers)
        {
            Post(_stemsByNumber, number, index);
        }

        // Each word and pair of words of the stem, as slices of the padded stem (see FirstRevealing).
        var spaces = Spaces(entry.Stem);
        for (var start = 0; start + 1 < spaces.Count; start++)
        {
            PostPhrase(entry.Stem.AsSpan(spaces[start], spaces[start + 1] - spaces[start] + 1), index);
            if (start + 2 < spaces.Count)
            {
                PostPhrase(entry.Stem.AsSpan(spaces[start], spaces[start + 2] - spaces[start] + 1), index);
            }
        }

        if (IsTypedAnywhere(entry) && entry.Keys is [{ } key, ..])
        {
            if (key.Number is { } number)
            {
                Post(_typedByNumber, number, index);
            }
            else if (key.Text!.Length > 2)
            {
                Post(_typedByText, key.Text, index);
                var length = Words(key.Text).Length;
                if (_typedKeyLengths.BinarySearch(length) is var at and < 0)
                {
                    _typedKeyLengths.Insert(~at, length);
                }
            }
        }
    }

    // A typed answer that any stem may give away, not only one from its own sentence (see QuizAudit.Reveals).
    private static bool IsTypedAnywhere(AuditEntry entry) =>
        entry.Item.Kind == QuestionKind.Cloze && (entry.Item.Key.Contains(' ', StringComparison.Ordinal) || entry.Keys is [{ Number: not null }, ..]);

    // Where the spaces of a padded stem (" a b c ") are: one before each word and one after the last; none for a stem
    // without words.
    private List<int> Spaces(string padded)
    {
        var spaces = _spaces;
        spaces.Clear();
        if (padded.AsSpan().Trim().IsEmpty)
        {
            return spaces;
        }

        for (var i = 0; i < padded.Length; i++)
        {
            if (padded[i] == ' ')
            {
                spaces.Add(i);
            }
        }

        return spaces;
    }

    private static string[] Words(string padded) => padded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Phrase(string[] words, int start, int count) => $" {string.Join(' ', words, start, count)} ";

    private void PostPhrase(ReadOnlySpan<char> phrase, int item)
    {
        if (!_asked.GetAlternateLookup<ReadOnlySpan<char>>().Contains(phrase))
        {
            return;
        }

        var phrases = _stemsByWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!phrases.TryGetValue(phrase, out var list))
        {
            phrases[phrase] = list = [];
        }

        list.Add(item);
    }

    private static void Collect<TKey>(List<int> into, Dictionary<TKey, List<int>> index, TKey key)
        where TKey : notnull
    {
        if (index.TryGetValue(key, out var found))
        {
            into.AddRange(found);
        }
    }

    private static void Post<TKey>(Dictionary<TKey, List<int>> index, TKey key, int item)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }
}
