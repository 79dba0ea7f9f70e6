namespace HitQuiz.Scheduling;

/// <summary>Where a review sends a card: its new state and step, and how long until it is due.</summary>
internal readonly record struct Transition(CardState State, int? Step, TimeSpan Interval)
{
    public static Transition ToReview(int intervalDays) => new(CardState.Review, null, TimeSpan.FromDays(intervalDays));
}
