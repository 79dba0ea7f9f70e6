using HitQuiz.Cli;

namespace HitQuiz.Tests.Cli;

public sealed class SummaryTextTests
{
    [Theory]
    [InlineData(0, 0, 42, "0:42")]
    [InlineData(0, 12, 5, "12:05")]
    [InlineData(3, 30, 0, "3:30:00")]
    [InlineData(25, 30, 0, "25:30:00")]
    public void A_duration_counts_every_hour_even_past_a_day(int hours, int minutes, int seconds, string shown) =>
        Assert.Equal(shown, SummaryText.Duration(new TimeSpan(hours, minutes, seconds)));
}
