namespace HitQuiz.Stats;

/// <summary>
/// A learner's answers folded into what the statistics need: counts per quarter hour and one record per question.
/// Small whatever the number of answers, so it can be stored and updated instead of rereading every answer.
/// </summary>
public sealed record AnswerDigest(IReadOnlyList<TimeBucket> Buckets, IReadOnlyList<ItemRecord> Items)
{
    public static readonly AnswerDigest Empty = new([], []);

    public int Answered => Buckets.Sum(b => b.Answered);

    public int Correct => Buckets.Sum(b => b.Correct);
}
