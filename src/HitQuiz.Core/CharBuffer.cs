using System.Buffers;

namespace HitQuiz;

/// <summary>
/// A scratch buffer of characters: the stack space given when the text fits (most sentences), else an array rented
/// from the shared pool and given back on dispose. Generation normalises every line, sentence and candidate; a new
/// array for each long one was a steady share of its garbage.
/// </summary>
/// <example><c>using var buffer = new CharBuffer(stackalloc char[256], text.Length);</c></example>
internal ref struct CharBuffer
{
    private char[]? _rented;

    public CharBuffer(Span<char> stack, int length)
    {
        if (length <= stack.Length)
        {
            Span = stack[..length];
        }
        else
        {
            _rented = ArrayPool<char>.Shared.Rent(length);
            Span = _rented.AsSpan(0, length);
        }
    }

    /// <summary>Exactly the length asked for.</summary>
    public Span<char> Span { get; private set; }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
            Span = default;
        }
    }
}
