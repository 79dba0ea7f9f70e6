using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Lower case, curly quotes straightened, en and em dashes as hyphens, and each run of whitespace or bullets as one
    /// space, none at either end.
    /// </summary>
    public static string Normalize(string text)
    {
        // Every question of a bank has its evidence normalised as the bank is read: written into one buffer, with ASCII
        // (most of any text) mapped without a call.
        using var pooled = new CharBuffer(stackalloc char[256], text.Length);
        var buffer = pooled.Span;
        var length = 0;
        foreach (var c in text)
        {
            var mapped = c < 0x80
                ? c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c is ' ' or (>= '\t' and <= '\r') ? ' ' : c
                : c switch
                {
                    '\u2018' or '\u2019' => '\'',
                    '\u201C' or '\u201D' => '"',
                    '\u2013' or '\u2014' => '-',
                    _ when char.IsWhiteSpace(c) || c == '\u2022' => ' ',
                    _ => char.ToLowerInvariant(c),
                };
            if (mapped != ' ' || (length > 0 && buffer[length - 1] != ' '))
            {
                buffer[length++] = mapped;
            }
        }

        return new string(buffer[..length].TrimEnd(' '));
    }
}
