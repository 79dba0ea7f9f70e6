using System.Globalization;
using System.Text;

namespace HitQuiz.Generation;

/// <summary>
/// Ids and seeds derived from a fact and a template (FNV-1a), so regenerating an unchanged document yields the same ids
/// and the same option order, and learners' history stays attached.
/// </summary>
internal static class StableId
{
    private const ulong Offset = 14695981039346656037UL;

    /// <summary>"G-" and the first 8 of the 16 hex digits of the hash of "template|factKey".</summary>
    public static string For(string template, string factKey) => For(template, new FactKey(factKey));

    /// <summary>The id of "template|fact|part" (or "template|fact"), hashed without joining the parts.</summary>
    public static string For(string template, FactKey key) => Format(Digits(template, key));

    /// <summary>
    /// The id's hex digits as a number: ids are "G-" and these, eight wide, so two ids are equal, and ordered
    /// ordinally, exactly as their digits are.
    /// </summary>
    public static uint Digits(string template, FactKey key)
    {
        var hash = Hash(key, Hash("|", Hash(template, Offset)));
        if (key.Part is not null)
        {
            hash = Hash(key.Part, Hash("|", hash));
        }

        return (uint)(hash >> 32);
    }

    /// <summary>The id whose hex digits are <paramref name="digits"/>.</summary>
    public static string Format(uint digits) => string.Create(CultureInfo.InvariantCulture, $"G-{digits:x8}");

    /// <summary>FNV-1a over the UTF-8 bytes of the text.</summary>
    public static ulong Hash(string text) => Hash(text, Offset);

    // A key's text, hashed piece by piece.
    private static ulong Hash(FactKey key, ulong hash)
    {
        for (var i = 0; i < key.PieceCount; i++)
        {
            hash = Hash(key.Piece(i), hash);
        }

        return hash;
    }

    // Continues a hash over more text: hashing "ab" equals hashing "b" from the hash of "a" (the parts here never
    // split a surrogate pair, so their UTF-8 bytes are those of the whole).
    private static ulong Hash(string text, ulong hash)
    {
        var size = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = size <= 1024 ? stackalloc byte[size] : new byte[size];
        foreach (var b in bytes[..Encoding.UTF8.GetBytes(text, bytes)])
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    // The high bits: FNV-1a mixes its low bits poorly, and seeds are used modulo small numbers.
    public static int Seed(string id) => (int)(Hash(id) >> 33);

    /// <summary>The seed of a fact's key, as <see cref="Seed(string)"/> of its text.</summary>
    public static int Seed(FactKey key) => (int)(Hash(key, Offset) >> 33);
}
