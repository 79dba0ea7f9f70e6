using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

public sealed class FuzzTests
{
    private static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);

    // Ranges printed by py-fsrs 6.3.1's _get_fuzz_range arithmetic with maximum_interval 36,500.
    [Theory]
    [InlineData(3, 2, 4)]
    [InlineData(4, 3, 5)]
    [InlineData(5, 4, 6)]
    [InlineData(6, 4, 8)]
    [InlineData(7, 5, 9)]
    [InlineData(8, 6, 10)]
    [InlineData(10, 8, 12)]
    [InlineData(15, 13, 17)]
    [InlineData(20, 17, 23)]
    [InlineData(21, 18, 24)]
    [InlineData(30, 27, 33)]
    [InlineData(50, 46, 54)]
    [InlineData(100, 93, 107)]
    [InlineData(365, 345, 385)]
    [InlineData(1000, 948, 1052)]
    [InlineData(36500, 34673, 36500)]
    public void The_fuzz_range_matches_py_fsrs(int days, int min, int max)
    {
        Assert.Equal((min, max), IntervalFuzz.Range(days, 36_500));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Intervals_below_two_and_a_half_days_are_not_fuzzed(int days)
    {
        Assert.All(Enumerable.Range(0, 100), seed => Assert.Equal(days, IntervalFuzz.Apply(days, 36_500, new Random(seed))));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(46)]
    [InlineData(498)]
    public void A_fuzzed_interval_stays_within_the_py_fsrs_range_over_many_seeds(int days)
    {
        var (min, max) = IntervalFuzz.Range(days, 36_500);

        var fuzzed = Enumerable.Range(0, 2000).Select(seed => IntervalFuzz.Apply(days, 36_500, new Random(seed))).ToList();

        // py-fsrs draws uniformly on [min, max + 1) and rounds, so max + 1 is reachable; so is every value between.
        Assert.All(fuzzed, interval => Assert.InRange(interval, min, max + 1));
        Assert.Equal(Enumerable.Range(min, max - min + 2), fuzzed.Distinct().Order());
    }

    [Fact]
    public void A_fuzzed_interval_never_exceeds_the_maximum_interval()
    {
        Assert.All(Enumerable.Range(0, 500), seed => Assert.InRange(IntervalFuzz.Apply(100, 100, new Random(seed)), 93, 100));
    }

    [Fact]
    public void Fuzz_is_deterministic_for_a_seed()
    {
        var first = Schedule(new Random(42));
        var second = Schedule(new Random(42));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Fuzz_changes_review_intervals_across_seeds()
    {
        var dues = Enumerable.Range(0, 50).Select(seed => Schedule(new Random(seed)).Due).Distinct().Count();

        Assert.True(dues > 1);
    }

    [Fact]
    public void Fuzz_uses_the_random_source_in_the_options()
    {
        var scheduler = new Scheduler(new SchedulerOptions { Random = new Random(7) });
        var review = new Card { State = CardState.Review, Stability = 46, Difficulty = 5, LastReview = Start };

        var card = scheduler.Review(review, Grade.Good, Start.AddDays(46)).Card;
        var expected = new Scheduler(new SchedulerOptions()).Review(review, Grade.Good, Start.AddDays(46), new Random(7)).Card;

        Assert.Equal(expected, card);
    }

    [Fact]
    public void A_null_random_passed_to_review_falls_back_to_the_options()
    {
        var review = new Card { State = CardState.Review, Stability = 46, Difficulty = 5, LastReview = Start };
        var scheduler = new Scheduler(new SchedulerOptions { Random = new Random(7) });

        var card = scheduler.Review(review, Grade.Good, Start.AddDays(46), null).Card;
        var expected = new Scheduler(new SchedulerOptions()).Review(review, Grade.Good, Start.AddDays(46), new Random(7)).Card;

        Assert.Equal(expected, card);
    }

    [Fact]
    public void Without_any_random_source_review_intervals_are_exact()
    {
        var review = new Card { State = CardState.Review, Stability = 46, Difficulty = 5, LastReview = Start };

        var fuzzless = new Scheduler(new SchedulerOptions()).Review(review, Grade.Good, Start.AddDays(46)).Card;
        var exact = new Scheduler(new SchedulerOptions { EnableFuzzing = false }).Review(review, Grade.Good, Start.AddDays(46)).Card;

        Assert.Equal(exact, fuzzless);
    }

    [Fact]
    public void Disabled_fuzzing_ignores_the_random_source()
    {
        var exact = new Scheduler(new SchedulerOptions { EnableFuzzing = false });
        var review = new Card { State = CardState.Review, Stability = 46, Difficulty = 5, LastReview = Start };

        var withRandom = exact.Review(review, Grade.Good, Start.AddDays(46), new Random(1)).Card;
        var without = exact.Review(review, Grade.Good, Start.AddDays(46)).Card;

        Assert.Equal(without, withRandom);
    }

    [Fact]
    public void Learning_steps_are_never_fuzzed()
    {
        var scheduler = new Scheduler(new SchedulerOptions());

        var card = scheduler.Review(new Card(), Grade.Good, Start, new Random(3)).Card;

        Assert.Equal(Start.AddMinutes(10), card.Due);
    }

    private static Card Schedule(Random random)
    {
        var scheduler = new Scheduler(new SchedulerOptions());
        var card = new Card();
        var now = Start;
        foreach (var grade in new[] { Grade.Good, Grade.Good, Grade.Good, Grade.Good, Grade.Good })
        {
            card = scheduler.Review(card, grade, now, random).Card;
            now = card.Due;
        }

        return card;
    }
}
