using System.Runtime.CompilerServices;
using HitQuiz.Sources;

namespace HitQuiz.Generation;

/// <summary>
/// A document's lines normalised (<see cref="Words.Normalize(string)"/>), worked out once per document: the evidence
/// check (R8) reads them, and the context's whole-text phrase lookups are made of them.
/// </summary>
internal static class NormalizedLines
{
    private static readonly ConditionalWeakTable<SourceDocument, string[]> ByDocument = [];

    public static string[] Of(SourceDocument document) => ByDocument.GetValue(document, d => d.Lines.Select(Words.Normalize).ToArray());

    /// <summary>
    /// The whole document as <see cref="Words.Padded"/> would make it from its lines joined by spaces (" a b c "):
    /// normalising never joins words across a space, so it is the non-empty normalised lines, each after a space, and a
    /// final space. Built in place, as the largest string generation makes.
    /// </summary>
    public static string PaddedText(SourceDocument document)
    {
        var lines = Of(document);
        var length = 1;
        foreach (var line in lines)
        {
            length += line.Length == 0 ? 0 : line.Length + 1;
        }

        return length == 1 ? "  " : string.Create(length, lines, static (text, lines) =>
        {
            var at = 0;
            foreach (var line in lines.Where(l => l.Length > 0))
            {
                text[at++] = ' ';
                line.CopyTo(text[at..]);
                at += line.Length;
            }

            text[at] = ' ';
        });
    }
}
