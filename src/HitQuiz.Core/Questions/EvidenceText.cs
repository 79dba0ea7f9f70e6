using System.Text;
using HitQuiz.Sources;

namespace HitQuiz.Questions;

/// <summary>Finds an evidence sentence in a section, ignoring case, line breaks, spacing and quote styles.</summary>
internal static class EvidenceText
{
    public static bool Contains(SourceDocument document, Section section, string evidence)
    {
        var first = Math.Max(section.FirstLine, 1);
        var last = Math.Min(section.LastLine, document.Lines.Count);
        var lines = Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(n => document.Lines[n - 1]);
        var haystack = Normalize(string.Join(" ", lines));
        var needle = Normalize(evidence);
        return needle.Length > 0 && haystack.Contains(needle, StringComparison.Ordinal);
    }

    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ when char.IsWhiteSpace(c) || c == '\u2022' => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (mapped != ' ' || (result.Length > 0 && result[^1] != ' '))
            {
                result.Append(mapped);
            }
        }

        return result.ToString().Trim();
    }
}
