using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

/// <summary>
/// Values produced by running py-fsrs 6.3.1's own <c>Scheduler.review_card</c> (fuzz off, default options, a fresh
/// <c>Card</c>) on the same reviews and printing the card after each one.
/// </summary>
public sealed class PyFsrsReferenceTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);
    private readonly Scheduler _scheduler = new(new SchedulerOptions { EnableFuzzing = false });

    [Theory]
    [InlineData(Grade.Again, 0.212, 6.4133)]
    [InlineData(Grade.Hard, 1.2931, 5.112170705601056)]
    [InlineData(Grade.Good, 2.3065, 2.118103970459016)]
    [InlineData(Grade.Easy, 8.2956, 1.0)]
    public void A_first_review_sets_the_initial_memory_state_of_its_grade(Grade grade, double stability, double difficulty)
    {
        var card = _scheduler.Review(new Card(), grade, Start).Card;

        Assert.Equal(stability, card.Stability!.Value, 1e-9);
        Assert.Equal(difficulty, card.Difficulty!.Value, 1e-9);
    }

    [Fact]
    public void A_same_day_Good_never_lowers_stability_but_still_updates_difficulty()
    {
        var learning = _scheduler.Review(new Card(), Grade.Good, Start).Card;

        var card = _scheduler.Review(learning, Grade.Good, Start.AddMinutes(10)).Card;

        Assert.Equal(2.3065, card.Stability!.Value, 1e-9);
        Assert.Equal(2.111214235785395, card.Difficulty!.Value, 1e-9);
        Assert.Equal(Start.AddMinutes(10).AddDays(2), card.Due);
    }

    [Fact]
    public void A_lapse_and_relearning_follow_py_fsrs_to_the_second()
    {
        var card = Review(new Card(), (Grade.Good, Start), (Grade.Good, Start.AddMinutes(10)),
            (Grade.Good, Start.AddDays(2).AddMinutes(10)));
        Assert.Equal(10.971048263078135, card.Stability!.Value, 1e-9);
        Assert.Equal(Start.AddDays(13).AddMinutes(10), card.Due);

        card = Review(card, (Grade.Again, card.Due));
        AssertMemory(card, 1.53901253028147, 7.389975788014609);
        Assert.Equal(Start.AddDays(13).AddMinutes(20), card.Due);

        card = Review(card, (Grade.Good, card.Due));
        AssertMemory(card, 1.5718415897918614, 7.377814181523433);
        Assert.Equal(new DateTimeOffset(2022, 12, 14, 12, 50, 0, TimeSpan.Zero), card.Due);
    }

    [Fact]
    public void Hard_on_the_first_relearning_step_waits_one_and_a_half_steps_with_py_fsrs_memory_state()
    {
        var card = Review(new Card(), (Grade.Good, Start), (Grade.Good, Start.AddMinutes(10)),
            (Grade.Again, Start.AddDays(2).AddMinutes(10)), (Grade.Hard, Start.AddDays(2).AddMinutes(20)));

        Assert.Equal((CardState.Relearning, (int?)0), (card.State, card.Step));
        AssertMemory(card, 0.3835358740906584, 8.254074519842886);
        Assert.Equal(Start.AddDays(2).AddMinutes(35), card.Due);
    }

    [Fact]
    public void Ten_Easy_reviews_in_the_same_second_drive_difficulty_to_its_floor()
    {
        var card = new Card();
        for (var i = 0; i < 10; i++)
        {
            card = _scheduler.Review(card, Grade.Easy, Start.AddTicks(i * 10)).Card;
        }

        Assert.Equal(1.0, card.Difficulty);
    }

    private Card Review(Card card, params (Grade Grade, DateTimeOffset At)[] reviews) =>
        reviews.Aggregate(card, (current, review) => _scheduler.Review(current, review.Grade, review.At).Card);

    // Compared to 1e-9, far tighter than the 1e-4 the port promises.
    private static void AssertMemory(Card card, double stability, double difficulty)
    {
        Assert.Equal(stability, card.Stability!.Value, 1e-9);
        Assert.Equal(difficulty, card.Difficulty!.Value, 1e-9);
    }
}
