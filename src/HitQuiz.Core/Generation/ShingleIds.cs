using System.Numerics;
using System.Runtime.InteropServices;

namespace HitQuiz.Generation;

/// <summary>
/// The word-pair shingles of the quiz audit's stems as small integers, so that comparing two stems compares sorted
/// integers rather than strings. A stem of one word is the set of that word; one without words is empty.
/// </summary>
/// <remarks>
/// Worked out in two steps. <see cref="HashesOf"/> reads a stem's normalised words and hashes each pair of adjacent
/// words to 64 bits; it reads nothing else, so the stems of an audit are hashed on every core. <see cref="Of(long[])"/>
/// then gives each distinct hash the next id, on the audit's one thread. Two different pairs share a hash with a
/// chance of one in 2^64 for each two pairs: for the 83,000 distinct pairs of 8 MB of distinct text, about one in five
/// billion that any two do, and two pairs taken as one would only make the stems that hold them look a little more
/// alike.
/// One instance serves one audit.
/// </remarks>
internal sealed class ShingleIds
{
    // The second "word" of a stem of one word, so that its only shingle differs from any pair's.
    private const ulong NoSecondWord = 0x5851F42D4C957F2DUL;

    private readonly Dictionary<long, int> _ids;

    /// <param name="stems">About how many stems will be read (most add one or two new pairs), so the table is sized once.</param>
    public ShingleIds(int stems = 0) => _ids = new(stems);

    /// <summary>The sorted, distinct shingle ids of the normalised words of a stem.</summary>
    public int[] Of(string stem) => Of(HashesOf(stem));

    /// <summary>The sorted, distinct shingle ids of a stem's pair hashes (<see cref="HashesOf"/>).</summary>
    public int[] Of(long[] hashes)
    {
        if (hashes.Length == 0)
        {
            return [];
        }

        var ids = new int[hashes.Length];
        for (var i = 0; i < hashes.Length; i++)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, hashes[i], out var known);
            if (!known)
            {
                id = _ids.Count - 1;
            }

            ids[i] = id;
        }

        // The hashes are distinct, and so are their ids.
        Array.Sort(ids);
        return ids;
    }

    /// <summary>
    /// The distinct 64-bit hashes of the pairs of adjacent normalised words of a stem (of its only word, for a stem of
    /// one), sorted. Reads only the stem: safe on any thread.
    /// </summary>
    public static long[] HashesOf(string stem)
    {
        using var buffer = new CharBuffer(stackalloc char[256], stem.Length);
        var normalized = buffer.Span[..Words.Normalize(stem, buffer.Span)];
        if (normalized.IsEmpty)
        {
            return [];
        }

        // A stem of n words has n - 1 pairs; a normalised word is at least one character and a space follows it.
        var most = (normalized.Length / 2) + 1;
        var pairs = most <= 128 ? stackalloc long[most] : new long[most];
        var count = 0;
        ulong? previous = null;
        foreach (var range in normalized.Split(' '))
        {
            var word = WordHash(normalized[range]);
            if (previous is { } first)
            {
                pairs[count++] = PairHash(first, word);
            }

            previous = word;
        }

        if (count == 0)
        {
            pairs[count++] = PairHash(previous!.Value, NoSecondWord);
        }

        pairs = pairs[..count];
        pairs.Sort();
        var distinct = 0;
        foreach (var hash in pairs)
        {
            if (distinct == 0 || pairs[distinct - 1] != hash)
            {
                pairs[distinct++] = hash;
            }
        }

        return pairs[..distinct].ToArray();
    }

    // FNV-1a over the characters, then mixed so that every bit depends on every character.
    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return Mix(hash);
    }

    // Not symmetric: "a b" and "b a" are different pairs.
    private static long PairHash(ulong first, ulong second) =>
        (long)Mix((first * 0x9E3779B97F4A7C15UL) + BitOperations.RotateLeft(second, 29));

    // The finaliser of splitmix64.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
