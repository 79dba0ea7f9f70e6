namespace HitQuiz.Generation;

/// <summary>
/// What a candidate asks about: its fact's <see cref="Fact.Key"/> and, for an item drawn from one part of the fact
/// (a list member, the sentence an organization is named in), that part. Ids hash it as "fact|part".
/// </summary>
/// <remarks>
/// Kept as two references rather than joined: every candidate of a fact shares the fact's key, and a fact's key can
/// hold a whole sentence, so a joined copy per candidate was the largest part of the generator's memory.
/// </remarks>
internal readonly record struct FactKey(string Fact, string? Part = null)
{
    public static implicit operator FactKey(string fact) => new(fact);

    public override string ToString() => Part is null ? Fact : $"{Fact}|{Part}";
}
