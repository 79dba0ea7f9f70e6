namespace HitQuiz.Scheduling;

/// <summary>
/// The scheduling state of one item. <c>new Card()</c> is a new card with <see cref="Due"/> at
/// <see cref="DateTimeOffset.MinValue"/>, so it is due at any <c>now</c>; use <c>new Card() with { Due = now }</c>
/// to record when it was added. Cards are immutable: <see cref="Scheduler.Review(Card, Grade, DateTimeOffset)"/>
/// returns a new one.
/// </summary>
public sealed record Card
{
    /// <summary>The learning state; <see cref="CardState.New"/> until the first review.</summary>
    public CardState State { get; init; } = CardState.New;

    /// <summary>The index of the current learning or relearning step; <c>null</c> for new and review cards.</summary>
    public int? Step { get; init; }

    /// <summary>FSRS stability in days (the interval at which recall falls to 90 %); <c>null</c> before the first review.</summary>
    public double? Stability { get; init; }

    /// <summary>FSRS difficulty, 1 (easiest) to 10; <c>null</c> before the first review.</summary>
    public double? Difficulty { get; init; }

    /// <summary>When the card is next due.</summary>
    public DateTimeOffset Due { get; init; } = DateTimeOffset.MinValue;

    /// <summary>When the card was last reviewed; <c>null</c> before the first review.</summary>
    public DateTimeOffset? LastReview { get; init; }
}
