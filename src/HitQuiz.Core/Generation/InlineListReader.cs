using System.Buffers;
using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>
/// Reads lists written inside a sentence after "such as", "like", "including" or "for instance". These lists are
/// open: the source gives examples, so "which is NOT …" questions over them would have no safe key.
/// </summary>
internal static partial class InlineListReader
{
    [GeneratedRegex(@"\b(?:such as|like|including|for instance,|for example,|a combination of(?: the)?|on behalf of)\s+(?<list>[^.;:!?]+?)(?:,?\s+and more)?(?=[.;:!?]|$|—)")]
    internal static partial Regex Examples();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")]
    private static partial Regex Separator();

    // The markers the pattern starts with: a sentence with none of them (most sentences) is not matched at all.
    private static readonly SearchValues<string> Markers = SearchValues.Create(
        ["such as", "like", "including", "for instance,", "for example,", "a combination of", "on behalf of"], StringComparison.Ordinal);

    internal static bool MayHaveExamples(string sentence) => sentence.AsSpan().ContainsAny(Markers);

    public static (string Marker, IReadOnlyList<string> Members, int Start, int Length)? Read(string sentence)
    {
        if (!MayHaveExamples(sentence))
        {
            return null;
        }

        var m = Examples().Match(sentence);
        if (!m.Success)
        {
            return null;
        }

        var list = m.Groups["list"];
        var members = Separator().Split(list.Value)
            .Select(x => x.Trim())
            .Where(x => x.Length > 0 && x.Split(' ').Length <= 5)
            .ToList();
        return members.Count >= 2 ? (m.Value[..(list.Index - m.Index)].Trim(), members, list.Index, list.Length) : null;
    }
}
