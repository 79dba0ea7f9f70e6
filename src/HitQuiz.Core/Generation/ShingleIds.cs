using System.Runtime.InteropServices;

namespace HitQuiz.Generation;

/// <summary>
/// The word-pair shingles of the quiz audit's stems as small integers: each distinct word and each distinct pair of
/// adjacent words gets the next id, so that comparing two stems compares sorted integers rather than strings. A stem
/// of one word is the set of that word; one without words is empty. One instance serves one audit.
/// </summary>
internal sealed class ShingleIds
{
    private const uint NoSecondWord = uint.MaxValue;

    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<long, int> _pairs;
    private readonly List<int> _scratch = [];

    /// <param name="stems">About how many stems will be read (most add one or two new pairs), so the tables are sized once.</param>
    public ShingleIds(int stems = 0)
    {
        _words = new(stems / 2, StringComparer.Ordinal);
        _pairs = new(stems);
    }

    /// <summary>The sorted, distinct shingle ids of the normalised words of a stem.</summary>
    public int[] Of(string stem)
    {
        using var buffer = new CharBuffer(stackalloc char[256], stem.Length);
        var normalized = buffer.Span[..Words.Normalize(stem, buffer.Span)];
        if (normalized.IsEmpty)
        {
            return [];
        }

        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _scratch.Clear();
        int? previous = null;
        var count = 0;
        foreach (var range in normalized.Split(' '))
        {
            var word = WordId(words, normalized[range]);
            if (previous is { } first)
            {
                _scratch.Add(PairId(first, (uint)word));
            }

            previous = word;
            count++;
        }

        if (count == 1)
        {
            _scratch.Add(PairId(previous!.Value, NoSecondWord));
        }

        _scratch.Sort();
        return Distinct(_scratch);
    }

    private static int WordId(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> word)
    {
        if (!words.TryGetValue(word, out var id))
        {
            id = words.Dictionary.Count;
            words[word] = id;
        }

        return id;
    }

    private int PairId(int first, uint second)
    {
        var key = ((long)first << 32) | second;
        if (!_pairs.TryGetValue(key, out var id))
        {
            _pairs[key] = id = _pairs.Count;
        }

        return id;
    }

    private static int[] Distinct(List<int> sorted)
    {
        var ids = CollectionsMarshal.AsSpan(sorted);
        var count = 0;
        foreach (var id in ids)
        {
            if (count == 0 || ids[count - 1] != id)
            {
                ids[count++] = id;
            }
        }

        return ids[..count].ToArray();
    }
}
