namespace HitQuiz.Generation;

/// <summary>
/// What a candidate asks about: its fact's key (<see cref="Fact.Key"/>, "kind|subject|value") and, for an item drawn
/// from one part of the fact (a list member, the sentence an organization is named in), that part. Ids hash it as
/// "key|part".
/// </summary>
/// <remarks>
/// Holds the fact, not its key's text. A sentence's fact has the whole sentence in its key, and every fact's key kept
/// as a string for the length of a run was about a tenth of what the generator keeps on a large document; the
/// collector copies what a run keeps, so that cost grew faster than the document. Two keys are equal when their
/// texts are: they are compared and hashed piece by piece, never joined. A key can also be given as text (a
/// hand-made key, as in tests), and is then equal to a fact's key with the same text.
/// </remarks>
internal readonly struct FactKey : IEquatable<FactKey>
{
    private static readonly string[] KindNames = Enum.GetNames<FactKind>();

    private readonly Fact? _fact;
    private readonly string? _text;

    public FactKey(Fact fact, string? part = null) => (_fact, Part) = (fact, part);

    public FactKey(string key, string? part = null) => (_text, Part) = (key, part);

    public string? Part { get; }

    public static implicit operator FactKey(Fact fact) => new(fact);

    public static implicit operator FactKey(string key) => new(key);

    /// <summary>How many pieces the key's text is made of: a fact's kind, subject and value with a bar between each.</summary>
    internal int PieceCount => _fact is null ? 1 : 5;

    internal string Piece(int index) => _fact is null ? _text ?? "" : index switch
    {
        0 => KindNames[(int)_fact.Kind],
        1 or 3 => "|",
        2 => _fact.Subject,
        _ => _fact.Value,
    };

    /// <summary>A hash of the key's text that does not depend on how it is split into pieces; never zero.</summary>
    internal static int TextHash(FactKey key)
    {
        var hash = 17;
        for (var i = 0; i < key.PieceCount; i++)
        {
            foreach (var c in key.Piece(i))
            {
                hash = unchecked((hash * 31) + c);
            }
        }

        return hash == 0 ? 1 : hash;
    }

    public bool Equals(FactKey other) => string.Equals(Part, other.Part, StringComparison.Ordinal) && SameText(this, other);

    public override bool Equals(object? obj) => obj is FactKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_fact is { } fact ? fact.KeyHash : TextHash(this), Part is null ? 0 : string.GetHashCode(Part, StringComparison.Ordinal));

    public static bool operator ==(FactKey left, FactKey right) => left.Equals(right);

    public static bool operator !=(FactKey left, FactKey right) => !left.Equals(right);

    public override string ToString()
    {
        var text = _fact?.Key ?? _text ?? "";
        return Part is null ? text : $"{text}|{Part}";
    }

    private int Length
    {
        get
        {
            var length = 0;
            for (var i = 0; i < PieceCount; i++)
            {
                length += Piece(i).Length;
            }

            return length;
        }
    }

    private static bool SameText(FactKey a, FactKey b)
    {
        if (a._fact is not null && ReferenceEquals(a._fact, b._fact) || a._text is not null && ReferenceEquals(a._text, b._text))
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        // Walk both texts piece by piece; their lengths are equal, so they run out together.
        var (pieceA, pieceB) = (0, 0);
        ReadOnlySpan<char> restA = a.Piece(0), restB = b.Piece(0);
        while (true)
        {
            if (restA.IsEmpty)
            {
                if (++pieceA == a.PieceCount)
                {
                    return true;
                }

                restA = a.Piece(pieceA);
            }
            else if (restB.IsEmpty)
            {
                restB = b.Piece(++pieceB);
            }
            else
            {
                var n = Math.Min(restA.Length, restB.Length);
                if (!restA[..n].SequenceEqual(restB[..n]))
                {
                    return false;
                }

                restA = restA[n..];
                restB = restB[n..];
            }
        }
    }
}
