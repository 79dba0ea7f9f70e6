using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

/// <summary>The test vectors py-fsrs 6 publishes in its own test suite (tests/test_basic.py).</summary>
public sealed class PublishedVectorTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Again_then_five_Goods_at_day_offsets_0_0_1_3_8_21_give_the_published_memory_state()
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzzing = false });
        Grade[] grades = [Grade.Again, Grade.Good, Grade.Good, Grade.Good, Grade.Good, Grade.Good];
        int[] dayOffsets = [0, 0, 1, 3, 8, 21];

        var card = new Card();
        var now = Start;
        for (var i = 0; i < grades.Length; i++)
        {
            now += TimeSpan.FromDays(dayOffsets[i]);
            card = scheduler.Review(card, grades[i], now).Card;
        }

        Assert.Equal(53.62691, card.Stability!.Value, 1e-4);
        Assert.Equal(6.3574867, card.Difficulty!.Value, 1e-4);
    }

    [Fact]
    public void Six_Goods_two_Agains_and_five_Goods_each_at_the_due_time_give_the_published_intervals()
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzzing = false });
        Grade[] grades =
        [
            Grade.Good, Grade.Good, Grade.Good, Grade.Good, Grade.Good, Grade.Good, Grade.Again, Grade.Again,
            Grade.Good, Grade.Good, Grade.Good, Grade.Good, Grade.Good,
        ];

        var card = new Card();
        var now = Start;
        var intervals = new List<int>();
        foreach (var grade in grades)
        {
            card = scheduler.Review(card, grade, now).Card;
            intervals.Add((card.Due - card.LastReview!.Value).Days);
            now = card.Due;
        }

        Assert.Equal([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21], intervals);
    }
}
