namespace HitQuiz.Scheduling;

/// <summary>
/// One review as it happened. <see cref="Grade"/> and <see cref="ReviewedAt"/> are all a replay needs
/// (<see cref="Scheduler.Replay(IEnumerable{ReviewLog})"/>); the cards before and after let a caller audit or undo it.
/// </summary>
/// <param name="Grade">The grade the learner gave.</param>
/// <param name="ReviewedAt">When the review happened.</param>
/// <param name="Before">The card as it was before the review.</param>
/// <param name="After">The card as the review left it.</param>
public sealed record ReviewLog(Grade Grade, DateTimeOffset ReviewedAt, Card Before, Card After);
