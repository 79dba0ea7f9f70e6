using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using HitQuiz.Sources;

namespace HitQuiz.Questions;

/// <summary>Finds an evidence sentence in a section, ignoring case, line breaks, spacing and quote styles.</summary>
internal static class EvidenceText
{
    // Each section's text normalised once per document: a bank checks the evidence of thousands of questions
    // against the same few sections.
    private static readonly ConditionalWeakTable<SourceDocument, ConcurrentDictionary<(int, int), string>> Sections = new();

    public static bool Contains(SourceDocument document, Section section, string evidence)
    {
        var haystack = Sections.GetValue(document, _ => new())
            .GetOrAdd((section.FirstLine, section.LastLine), lines => SectionText(document, lines.Item1, lines.Item2));
        var needle = Normalize(evidence);
        return needle.Length > 0 && haystack.Contains(needle, StringComparison.Ordinal);
    }

    private static string SectionText(SourceDocument document, int firstLine, int lastLine)
    {
        var first = Math.Max(firstLine, 1);
        var last = Math.Min(lastLine, document.Lines.Count);
        return Normalize(string.Join(" ", Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(n => document.Lines[n - 1])));
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
