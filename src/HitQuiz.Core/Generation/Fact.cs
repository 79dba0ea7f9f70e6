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

    /// <summary>The kind of thing an acronym names (organization, credential, term).</summary>
    public EntityType EntityType { get; init; } = EntityType.Term;

    /// <summary>A stable key for ids: the same fact in an unchanged document always has the same key.</summary>
    /// <remarks>
    /// Made once and shared by every candidate drawn from the fact: for a sentence's facts it holds the whole sentence,
    /// and a copy per candidate was a large part of the generator's memory.
    /// </remarks>
    public string Key => _key ??= $"{Kind}|{Subject}|{Value}";

    private string? _key;

    // A copy made with `with` works its key out again from its own subject and value.
    private Fact(Fact original)
    {
        (Kind, Subject, Value, Evidence) = (original.Kind, original.Subject, original.Value, original.Evidence);
        (Members, Quantity, EntityType) = (original.Members, original.Quantity, original.EntityType);
    }
}
