using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

public sealed class RetrievabilityTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);
    private readonly Scheduler _scheduler = new(new SchedulerOptions { EnableFuzzing = false });

    [Fact]
    public void A_new_card_has_zero_retrievability()
    {
        Assert.Equal(0, _scheduler.Retrievability(new Card(), Start));
    }

    [Fact]
    public void Retrievability_is_one_at_review_time()
    {
        var card = _scheduler.Review(new Card(), Grade.Good, Start).Card;

        Assert.Equal(1.0, _scheduler.Retrievability(card, Start));
    }

    [Fact]
    public void Retrievability_is_the_desired_retention_when_a_review_card_falls_due()
    {
        // Stability 53.6 is scheduled 54 days out, so recall there is within rounding of 90 %.
        var card = new Card { State = CardState.Review, Stability = 53.62691, Difficulty = 6.36, LastReview = Start };
        var reviewed = _scheduler.Review(card, Grade.Good, Start.AddDays(54)).Card;

        var recall = _scheduler.Retrievability(reviewed, reviewed.Due);

        Assert.Equal(0.9, recall, 1e-3);
    }

    [Fact]
    public void Retrievability_after_exactly_stability_days_is_ninety_percent()
    {
        var card = new Card { State = CardState.Review, Stability = 10, Difficulty = 5, LastReview = Start };

        Assert.Equal(0.9, _scheduler.Retrievability(card, Start.AddDays(10)), 1e-12);
    }

    [Fact]
    public void Retrievability_decreases_as_days_pass()
    {
        var card = new Card { State = CardState.Review, Stability = 10, Difficulty = 5, LastReview = Start };

        var recalls = Enumerable.Range(0, 60).Select(day => _scheduler.Retrievability(card, Start.AddDays(day))).ToList();

        Assert.All(recalls.Zip(recalls.Skip(1)), pair => Assert.True(pair.Second < pair.First));
    }

    [Fact]
    public void Retrievability_counts_only_whole_days_since_the_last_review()
    {
        var card = new Card { State = CardState.Review, Stability = 10, Difficulty = 5, LastReview = Start };

        Assert.Equal(1.0, _scheduler.Retrievability(card, Start.AddHours(23.9)));
        Assert.Equal(_scheduler.Retrievability(card, Start.AddDays(1)), _scheduler.Retrievability(card, Start.AddHours(47)));
    }

    [Fact]
    public void Retrievability_on_a_future_exam_date_predicts_recall_then()
    {
        var card = new Card { State = CardState.Review, Stability = 10, Difficulty = 5, LastReview = Start };
        var w20 = SchedulerOptions.DefaultParameters[20];
        var factor = Math.Pow(0.9, -1 / w20) - 1;

        var recall = _scheduler.Retrievability(card, Start.AddDays(30));

        Assert.Equal(Math.Pow(1 + factor * 30 / 10, -w20), recall, 1e-12);
    }
}
