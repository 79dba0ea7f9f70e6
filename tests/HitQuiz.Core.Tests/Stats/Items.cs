using HitQuiz.Stats;

namespace HitQuiz.Core.Tests.Stats;

/// <summary>Builds learners' latest scores for item-analysis tests: "101" = q1 right, q2 wrong, q3 right.</summary>
internal static class Items
{
    public static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static LearnerItems Learner(string name, string scores) =>
        new(name, [.. scores.Select((c, i) => new ItemRecord($"q{i + 1}", "S", 1, c == '1' ? 1 : 0, c == '1', At))]);

    public static ItemStatistics Item(IReadOnlyList<ItemStatistics> stats, string id) => stats.Single(s => s.QuestionId == id);
}
