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
    public string Key => $"{Kind}|{Subject}|{Value}";
}
