namespace HitQuiz.Generation;

/// <summary>Where a sentence names an entity, in any of its written forms ("the Commission … (CAHIIM)", "AHIMA, the American …").</summary>
internal sealed record Mention(Fact Entity, int Start, int Length)
{
    public int End => Start + Length;
}
