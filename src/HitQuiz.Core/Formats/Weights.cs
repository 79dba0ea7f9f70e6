namespace HitQuiz.Formats;

/// <summary>Answer weights (percent of the mark) and the trainer's all-or-nothing grading.</summary>
internal static class Weights
{
    /// <summary>
    /// True when the positive weights say plainly which options are right: one at 100%, or several equal ones that
    /// add up to 100% (33.333% thrice is fine).
    /// </summary>
    public static bool Clean(IReadOnlyList<double> keys) =>
        keys.Count == 0
        || (keys.Count == 1 ? Math.Abs(keys[0] - 100) < 0.01 : keys.All(k => Math.Abs(k - keys[0]) < 0.01) && Math.Abs(keys.Sum() - 100) < 0.1);
}
