namespace HitQuiz.Stats;

/// <summary>
/// A learner's answers folded into what the statistics need: counts per quarter hour and one record per question.
/// Small whatever the number of answers, so it can be stored and updated instead of rereading every answer. Exam items
/// left unanswered are no answers; they are counted apart, per question, in <see cref="Omitted"/>.
/// </summary>
public sealed record AnswerDigest(IReadOnlyList<TimeBucket> Buckets, IReadOnlyList<ItemRecord> Items)
{
    public static readonly AnswerDigest Empty = new([], []);

    /// <summary>The exam items left unanswered, by question id.</summary>
    public IReadOnlyList<OmittedItem> Omitted { get; init; } = [];

    public int Answered => Buckets.Sum(b => b.Answered);

    public int Correct => Buckets.Sum(b => b.Correct);
}
