namespace HitQuiz.Scheduling;

/// <summary>
/// py-fsrs 6's interval fuzz: review intervals of 3 days or more are moved a few percent at random (15 % of the
/// part between 2.5 and 7 days, 10 % between 7 and 20, 5 % beyond, plus one day) so that cards learned together
/// spread out.
/// </summary>
public static class IntervalFuzz
{
    private static readonly (double Start, double End, double Factor)[] Ranges =
    [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, double.PositiveInfinity, 0.05),
    ];

    /// <summary>The bounds py-fsrs computes around <paramref name="intervalDays"/> (for intervals of 3 days or more).</summary>
    /// <param name="intervalDays">The unfuzzed interval in days.</param>
    /// <param name="maximumInterval">The scheduler's maximum interval in days.</param>
    public static (int Min, int Max) Range(int intervalDays, int maximumInterval)
    {
        var delta = 1.0;
        foreach (var (start, end, factor) in Ranges)
        {
            delta += factor * Math.Max(Math.Min(intervalDays, end) - start, 0.0);
        }

        var min = Math.Max(2, (int)Math.Round(intervalDays - delta, MidpointRounding.ToEven));
        var max = Math.Min((int)Math.Round(intervalDays + delta, MidpointRounding.ToEven), maximumInterval);
        return (Math.Min(min, max), max);
    }

    /// <summary>
    /// The fuzzed interval in days: unchanged below 2.5 days, otherwise a draw from <paramref name="random"/>.
    /// As in py-fsrs the draw is uniform on [Min, Max + 1) and then rounded, so the result lies in
    /// [Min, Max + 1], never above <paramref name="maximumInterval"/>.
    /// </summary>
    /// <param name="intervalDays">The unfuzzed interval in days.</param>
    /// <param name="maximumInterval">The scheduler's maximum interval in days.</param>
    /// <param name="random">The source of the draw.</param>
    public static int Apply(int intervalDays, int maximumInterval, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (intervalDays < 2.5)
        {
            return intervalDays;
        }

        var (min, max) = Range(intervalDays, maximumInterval);
        var drawn = random.NextDouble() * (max - min + 1) + min;
        return (int)Math.Min(Math.Round(drawn, MidpointRounding.ToEven), maximumInterval);
    }
}
