using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

public sealed class StateTransitionTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);
    private readonly Scheduler _scheduler = new(new SchedulerOptions { EnableFuzzing = false });

    [Theory]
    [InlineData(Grade.Again, 0, 60)]
    [InlineData(Grade.Hard, 0, 330)]
    [InlineData(Grade.Good, 1, 600)]
    public void A_new_card_enters_learning_at_the_step_and_delay_its_grade_gives(Grade grade, int step, int seconds)
    {
        var card = _scheduler.Review(new Card(), grade, Start).Card;

        Assert.Equal(CardState.Learning, card.State);
        Assert.Equal(step, card.Step);
        Assert.Equal(Start.AddSeconds(seconds), card.Due);
    }

    [Fact]
    public void Hard_on_the_first_learning_step_waits_halfway_between_the_first_two_steps()
    {
        var card = _scheduler.Review(new Card(), Grade.Hard, Start).Card;

        Assert.Equal(TimeSpan.FromMinutes(5.5), card.Due - Start);
    }

    [Fact]
    public void Hard_on_a_lone_learning_step_waits_one_and_a_half_steps()
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzzing = false, LearningSteps = [TimeSpan.FromMinutes(4)] });

        var card = scheduler.Review(new Card(), Grade.Hard, Start).Card;

        Assert.Equal((CardState.Learning, 0, TimeSpan.FromMinutes(6)), (card.State, card.Step, card.Due - Start));
    }

    [Fact]
    public void Good_on_the_last_learning_step_graduates_the_card_to_review()
    {
        var learning = _scheduler.Review(new Card(), Grade.Good, Start).Card;

        var card = _scheduler.Review(learning, Grade.Good, learning.Due).Card;

        Assert.Equal((CardState.Review, (int?)null), (card.State, card.Step));
        Assert.Equal(learning.Due.AddDays(2), card.Due);
    }

    [Fact]
    public void Easy_graduates_a_new_card_straight_to_review()
    {
        var card = _scheduler.Review(new Card(), Grade.Easy, Start).Card;

        Assert.Equal((CardState.Review, (int?)null), (card.State, card.Step));
        Assert.Equal(Start.AddDays(8), card.Due);
    }

    [Fact]
    public void Again_sends_a_learning_card_back_to_the_first_step()
    {
        var learning = _scheduler.Review(new Card(), Grade.Good, Start).Card;

        var card = _scheduler.Review(learning, Grade.Again, learning.Due).Card;

        Assert.Equal((CardState.Learning, (int?)0), (card.State, card.Step));
        Assert.Equal(learning.Due.AddMinutes(1), card.Due);
    }

    [Fact]
    public void Again_sends_a_review_card_to_relearning()
    {
        var review = _scheduler.Review(new Card(), Grade.Easy, Start).Card;

        var card = _scheduler.Review(review, Grade.Again, review.Due).Card;

        Assert.Equal((CardState.Relearning, (int?)0), (card.State, card.Step));
        Assert.Equal(review.Due.AddMinutes(10), card.Due);
    }

    [Fact]
    public void Good_on_the_last_relearning_step_returns_the_card_to_review()
    {
        var review = _scheduler.Review(new Card(), Grade.Easy, Start).Card;
        var relearning = _scheduler.Review(review, Grade.Again, review.Due).Card;

        var card = _scheduler.Review(relearning, Grade.Good, relearning.Due).Card;

        Assert.Equal((CardState.Review, (int?)null), (card.State, card.Step));
        Assert.True(card.Due - relearning.Due >= TimeSpan.FromDays(1));
    }

    [Fact]
    public void Without_learning_steps_a_new_card_goes_straight_to_review()
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzzing = false, LearningSteps = [] });

        var card = scheduler.Review(new Card(), Grade.Again, Start).Card;

        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(Start.AddDays(1), card.Due);
    }

    [Fact]
    public void Without_relearning_steps_a_lapsed_card_stays_in_review()
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzzing = false, RelearningSteps = [] });
        var review = scheduler.Review(new Card(), Grade.Easy, Start).Card;

        var card = scheduler.Review(review, Grade.Again, review.Due).Card;

        Assert.Equal(CardState.Review, card.State);
        Assert.True(card.Due - review.Due >= TimeSpan.FromDays(1));
    }

    [Fact]
    public void A_learning_card_past_the_last_step_of_shorter_steps_graduates_on_Hard()
    {
        var card = new Card { State = CardState.Learning, Step = 5, Stability = 3, Difficulty = 5, LastReview = Start };

        var reviewed = _scheduler.Review(card, Grade.Hard, Start.AddHours(1)).Card;

        Assert.Equal(CardState.Review, reviewed.State);
    }

    [Fact]
    public void The_review_log_records_the_grade_the_time_and_the_card_before_and_after()
    {
        var before = new Card();

        var (after, log) = _scheduler.Review(before, Grade.Good, Start);

        Assert.Equal(new ReviewLog(Grade.Good, Start, before, after), log);
    }
}
