using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

public sealed class SameDayReviewTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);
    private readonly Scheduler _scheduler = new(new SchedulerOptions { EnableFuzzing = false });

    [Fact]
    public void A_review_less_than_a_day_after_the_last_uses_the_short_term_stability_formula()
    {
        var review = _scheduler.Review(new Card(), Grade.Easy, Start).Card;
        var w = SchedulerOptions.DefaultParameters;

        var card = _scheduler.Review(review, Grade.Hard, Start.AddHours(23)).Card;

        var expected = 8.2956 * Math.Exp(w[17] * (2 - 3 + w[18])) * Math.Pow(8.2956, -w[19]);
        Assert.Equal(expected, card.Stability!.Value, 1e-12);
    }

    [Fact]
    public void A_review_a_whole_day_after_the_last_uses_the_long_term_formula()
    {
        var review = _scheduler.Review(new Card(), Grade.Easy, Start).Card;

        var sameDay = _scheduler.Review(review, Grade.Good, Start.AddHours(23)).Card;
        var nextDay = _scheduler.Review(review, Grade.Good, Start.AddHours(24)).Card;

        Assert.Equal(8.2956, sameDay.Stability!.Value, 1e-12);
        Assert.True(nextDay.Stability > sameDay.Stability);
    }

    [Fact]
    public void A_same_day_review_keeps_a_review_card_in_review()
    {
        var review = _scheduler.Review(new Card(), Grade.Easy, Start).Card;

        var card = _scheduler.Review(review, Grade.Good, Start.AddHours(2)).Card;

        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(Start.AddHours(2).AddDays(8), card.Due);
    }

    [Fact]
    public void A_review_timed_before_the_last_one_counts_as_same_day()
    {
        var review = _scheduler.Review(new Card(), Grade.Easy, Start).Card;

        var card = _scheduler.Review(review, Grade.Good, Start.AddDays(-3)).Card;

        Assert.Equal(8.2956, card.Stability!.Value, 1e-12);
    }
}
