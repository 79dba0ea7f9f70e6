namespace HitQuiz.Scheduling;

/// <summary>
/// Settings for <see cref="Scheduler"/>; the defaults are py-fsrs 6's. The scheduler checks them when it is
/// constructed and throws <see cref="ArgumentException"/> for values FSRS cannot use.
/// </summary>
public sealed record SchedulerOptions
{
    /// <summary>The 21 default FSRS-6 weights w[0..20].</summary>
    public static IReadOnlyList<double> DefaultParameters { get; } =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    /// <summary>The 21 FSRS-6 weights; each must lie within py-fsrs's bounds.</summary>
    public IReadOnlyList<double> Parameters { get; init; } = DefaultParameters;

    /// <summary>The probability of recall a review card is scheduled for, in (0, 1]; 0.9 by default.</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>The steps a new card goes through before it becomes a review card; 1 and 10 minutes by default.</summary>
    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    /// <summary>The steps a forgotten card goes through before it returns to review; 10 minutes by default.</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    /// <summary>The longest review interval in days; 36,500 by default.</summary>
    public int MaximumInterval { get; init; } = 36_500;

    /// <summary>
    /// Whether review intervals of 3 days or more are spread randomly by a few percent so cards learned together do
    /// not fall due together. Fuzz draws from <see cref="Random"/> or from the <see cref="System.Random"/> passed to
    /// <see cref="Scheduler.Review(Card, Grade, DateTimeOffset, System.Random)"/>; with neither, intervals are exact.
    /// </summary>
    public bool EnableFuzzing { get; init; } = true;

    /// <summary>The source of fuzz; <c>null</c> by default, since Core never creates unseeded randomness itself.</summary>
    public Random? Random { get; init; }
}
