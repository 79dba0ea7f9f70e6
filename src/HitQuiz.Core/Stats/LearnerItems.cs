namespace HitQuiz.Stats;

/// <summary>One learner's record of every question they answered (their "attempt" at the bank, for item analysis).</summary>
public sealed record LearnerItems(string Learner, IReadOnlyList<ItemRecord> Items)
{
    /// <summary>The exam items the learner left unanswered (no answers, so in no other figure).</summary>
    public IReadOnlyList<OmittedItem> Omitted { get; init; } = [];

    public int Answered => Items.Sum(i => i.Attempts);

    public int Correct => Items.Sum(i => i.Correct);
}
