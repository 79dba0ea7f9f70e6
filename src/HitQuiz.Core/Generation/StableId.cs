using System.Text;

namespace HitQuiz.Generation;

/// <summary>
/// Ids and seeds derived from a fact and a template (FNV-1a), so regenerating an unchanged document yields the same ids
/// and the same option order, and learners' history stays attached.
/// </summary>
internal static class StableId
{
    public static string For(string template, string factKey) => $"G-{Hash($"{template}|{factKey}"):x16}"[..10];

    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    // The high bits: FNV-1a mixes its low bits poorly, and seeds are used modulo small numbers.
    public static int Seed(string id) => (int)(Hash(id) >> 33);
}
