using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

public sealed class SchedulerTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);
    private readonly Scheduler _scheduler = new(new SchedulerOptions { EnableFuzzing = false });

    [Fact]
    public void A_new_card_is_new_and_due_at_any_time()
    {
        var card = new Card();

        Assert.Equal(CardState.New, card.State);
        Assert.Null(card.Step);
        Assert.Null(card.LastReview);
        Assert.True(Scheduler.IsDue(card, DateTimeOffset.MinValue));
        Assert.True(Scheduler.IsDue(card, Start));
    }

    [Fact]
    public void A_card_is_due_from_its_due_time_onwards()
    {
        var card = _scheduler.Review(new Card(), Grade.Good, Start).Card;

        Assert.False(Scheduler.IsDue(card, card.Due.AddSeconds(-1)));
        Assert.True(Scheduler.IsDue(card, card.Due));
    }

    [Fact]
    public void Review_intervals_never_exceed_the_maximum_interval()
    {
        // py-fsrs with maximum_interval=100 and Easy at each due time gives intervals 8, 66, 100, 100, …
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzzing = false, MaximumInterval = 100 });
        var card = new Card();
        var now = Start;
        var intervals = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            card = scheduler.Review(card, Grade.Easy, now).Card;
            intervals.Add((card.Due - now).Days);
            now = card.Due;
        }

        Assert.Equal([8, 66, 100, 100, 100, 100, 100, 100], intervals);
        Assert.Equal(2561.9244226226206, card.Stability!.Value, 1e-6);
    }

    [Fact]
    public void Replaying_a_history_rebuilds_the_card()
    {
        var card = new Card();
        var logs = new List<ReviewLog>();
        var now = Start;
        foreach (var grade in new[] { Grade.Good, Grade.Again, Grade.Good, Grade.Hard, Grade.Easy })
        {
            (card, var log) = _scheduler.Review(card, grade, now);
            logs.Add(log);
            now = card.Due.AddHours(3);
        }

        Assert.Equal(card, _scheduler.Replay(Enumerable.Reverse(logs)));
    }

    [Fact]
    public void Replaying_no_reviews_gives_a_new_card()
    {
        Assert.Equal(new Card(), _scheduler.Replay(Array.Empty<ReviewLog>()));
    }

    [Fact]
    public void An_undefined_grade_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _scheduler.Review(new Card(), (Grade)5, Start));
    }

    [Fact]
    public void Reviewing_leaves_the_original_card_unchanged()
    {
        var card = new Card() with { Due = Start };

        _ = _scheduler.Review(card, Grade.Good, Start);

        Assert.Equal(new Card() with { Due = Start }, card);
    }
}
