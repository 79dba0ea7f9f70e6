namespace HitQuiz.Scheduling;

/// <summary>py-fsrs 6's rules for moving a card through learning or relearning steps.</summary>
internal static class StepRules
{
    /// <summary>
    /// The next state of a card at <paramref name="step"/> of <paramref name="steps"/>, where
    /// <paramref name="state"/> is Learning or Relearning and <paramref name="reviewDays"/> is the interval a
    /// graduating card gets.
    /// </summary>
    public static Transition Next(CardState state, IReadOnlyList<TimeSpan> steps, int step, Grade grade, int reviewDays)
    {
        // A card may carry a step beyond the current list if the steps were shortened since it was last seen.
        if (steps.Count == 0 || (step >= steps.Count && grade != Grade.Again))
        {
            return Transition.ToReview(reviewDays);
        }

        return grade switch
        {
            Grade.Again => new(state, 0, steps[0]),
            Grade.Hard => new(state, step, HardDelay(steps, step)),
            Grade.Good when step + 1 == steps.Count => Transition.ToReview(reviewDays),
            Grade.Good => new(state, step + 1, steps[step + 1]),
            Grade.Easy => Transition.ToReview(reviewDays),
            _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade."),
        };
    }

    // Hard keeps the step; on the first step it waits between the first two steps (or 1.5 × a lone step)
    // so that Hard is felt to be longer than Again.
    private static TimeSpan HardDelay(IReadOnlyList<TimeSpan> steps, int step) => step switch
    {
        0 when steps.Count == 1 => steps[0] * 1.5,
        0 => (steps[0] + steps[1]) / 2.0,
        _ => steps[step],
    };
}
