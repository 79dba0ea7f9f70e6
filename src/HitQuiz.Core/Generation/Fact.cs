namespace HitQuiz.Generation;

/// <summary>
/// One typed fact read from a source. <see cref="Subject"/> names what the fact is about (a table key, an acronym,
/// a list's lead-in); <see cref="Value"/> is what the source says about it (the row value, the expansion, the number).
/// </summary>
public sealed record Fact(FactKind Kind, string Subject, string Value, Evidence Evidence)
{
    /// <summary>The members of a list fact, in source order.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>The parsed number of a quantity or numeric table row.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>The header of the column a table row's value is in, for a table with more than two columns.</summary>
    public string? Column { get; init; }

    /// <summary>The kind of thing an acronym names (organization, credential, term).</summary>
    public EntityType EntityType { get; init; } = EntityType.Term;

    /// <summary>A stable key for ids: the same fact in an unchanged document always has the same key.</summary>
    /// <remarks>
    /// Made anew each time it is asked for: the generator compares and hashes keys through <see cref="FactKey"/>, which
    /// reads the kind, subject and value in place; a sentence's fact has the whole sentence in its key.
    /// </remarks>
    public string Key => $"{Kind}|{Subject}|{Value}";

    // The hash of the key's text (see FactKey), worked out once: facts are looked up by key many times in a run.
    // Zero means not yet; a race works it out twice, to the same value.
    internal int KeyHash => _keyHash != 0 ? _keyHash : _keyHash = FactKey.TextHash(this);

    private int _keyHash;

    // Equal as records are, field by field, leaving out the key's hash: whether it has been worked out yet is not
    // part of the fact.
    public bool Equals(Fact? other) =>
        other is not null && Kind == other.Kind && Subject == other.Subject && Value == other.Value
        && Evidence == other.Evidence && ReferenceEquals(Members, other.Members) && Quantity == other.Quantity
        && EntityType == other.EntityType && Column == other.Column;

    public override int GetHashCode() => HashCode.Combine(Kind, Subject, Value, Evidence, Members, Quantity, EntityType, Column);

    // A copy made with `with` works its key's hash out again from its own subject and value.
    private Fact(Fact original)
    {
        (Kind, Subject, Value, Evidence) = (original.Kind, original.Subject, original.Value, original.Evidence);
        (Members, Quantity, EntityType, Column) = (original.Members, original.Quantity, original.EntityType, original.Column);
    }
}
