namespace HitQuiz.Stats;

/// <summary>One learner's record of every question they answered (their "attempt" at the bank, for item analysis).</summary>
public sealed record LearnerItems(string Learner, IReadOnlyList<ItemRecord> Items)
{
    public int Answered => Items.Sum(i => i.Attempts);

    public int Correct => Items.Sum(i => i.Correct);
}
