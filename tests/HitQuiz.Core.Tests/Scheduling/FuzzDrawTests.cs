using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

/// <summary>
/// Fuzz arithmetic against py-fsrs 6.3.1: expected values come from its <c>_get_fuzzed_interval</c> with
/// <c>fsrs.scheduler.random</c> replaced by a function returning the same fixed draw.
/// </summary>
public sealed class FuzzDrawTests
{
    [Theory]
    [InlineData(3, 36500, 0.0, 2)]
    [InlineData(3, 36500, 0.99, 5)]
    [InlineData(10, 36500, 0.0, 8)]
    [InlineData(10, 36500, 0.5, 10)]
    [InlineData(10, 36500, 0.9, 12)]
    [InlineData(10, 36500, 0.95, 13)]
    [InlineData(46, 36500, 0.3, 45)]
    [InlineData(498, 36500, 0.75, 512)]
    [InlineData(100, 100, 0.99, 100)]
    [InlineData(36500, 36500, 0.999, 36499)]
    public void A_draw_maps_to_the_interval_py_fsrs_gives(int days, int maximumInterval, double draw, int expected)
    {
        Assert.Equal(expected, IntervalFuzz.Apply(days, maximumInterval, new FixedRandom(draw)));
    }

    private sealed class FixedRandom(double draw) : Random
    {
        public override double NextDouble() => draw;
    }
}
