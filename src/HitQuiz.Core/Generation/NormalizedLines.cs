using System.Buffers;
using System.Runtime.CompilerServices;
using HitQuiz.Sources;

namespace HitQuiz.Generation;

/// <summary>
/// A document's lines normalised (<see cref="Words.Normalize(string)"/>), worked out once per document and held as one
/// string: the evidence check (R8) reads single lines of it, and the context's whole-text phrase lookups read all of it.
/// </summary>
/// <remarks>
/// The text is what <see cref="Words.Padded"/> would make of the lines joined by spaces (" a b c "): normalising never
/// joins words across a space, so it is the non-empty normalised lines, each after a space, and a final space. Each line
/// is a slice of it, so a large document costs one string rather than one per line.
/// </remarks>
internal sealed class NormalizedLines
{
    private static readonly ConditionalWeakTable<SourceDocument, NormalizedLines> ByDocument = [];

    private readonly int[] _starts;
    private readonly int[] _lengths;

    private NormalizedLines(IReadOnlyList<string> lines)
    {
        _starts = new int[lines.Count];
        _lengths = new int[lines.Count];
        // Two passes, the first for lengths only: the text is then written once, in place. A buffer the size of the
        // document would be a large object that lives only for this, and large objects bring on full collections.
        var at = 0;
        using var buffer = new CharBuffer(stackalloc char[256], lines.Count == 0 ? 0 : lines.Max(l => l.Length));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var length = Words.Normalize(line, buffer.Span);
            if (length > 0)
            {
                (_starts[i], _lengths[i]) = (at + 1, length);
                at += length + 1;
            }
        }

        PaddedText = at == 0 ? "  " : string.Create(at + 1, (lines, _starts, _lengths), static (text, state) =>
        {
            var (lines, starts, lengths) = state;
            text[0] = ' ';
            for (var i = 0; i < lines.Count; i++)
            {
                if (lengths[i] > 0)
                {
                    Words.Normalize(lines[i], text[starts[i]..]);
                    text[starts[i] + lengths[i]] = ' ';
                }
            }
        });
    }

    /// <summary>The whole document normalised, between spaces (" a b c ").</summary>
    public string PaddedText { get; }

    public static NormalizedLines Of(SourceDocument document) => ByDocument.GetValue(document, d => new NormalizedLines(d.Lines));

    /// <summary>The normalised text of the 0-based line (empty for a line without words).</summary>
    public ReadOnlySpan<char> Line(int index) => PaddedText.AsSpan(_starts[index], _lengths[index]);

    /// <summary>
    /// True when the normalised lines from <paramref name="first"/> (0-based), joined by single spaces as written (an
    /// empty line leaves two), contain <paramref name="text"/>.
    /// </summary>
    public bool Contain(int first, int count, ReadOnlySpan<char> text)
    {
        if (count == 1)
        {
            return Line(first).Contains(text, StringComparison.Ordinal);
        }

        var length = count - 1;
        for (var i = first; i < first + count; i++)
        {
            length += _lengths[i];
        }

        var rented = length <= 1024 ? null : ArrayPool<char>.Shared.Rent(length);
        var joined = rented is null ? stackalloc char[length] : rented.AsSpan(0, length);
        var at = 0;
        for (var i = first; i < first + count; i++)
        {
            if (i > first)
            {
                joined[at++] = ' ';
            }

            Line(i).CopyTo(joined[at..]);
            at += _lengths[i];
        }

        var found = joined.Contains(text, StringComparison.Ordinal);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return found;
    }
}
