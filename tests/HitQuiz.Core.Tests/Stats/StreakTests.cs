using HitQuiz.Sessions;
using HitQuiz.Stats;

namespace HitQuiz.Core.Tests.Stats;

public sealed class StreakTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly TimeZoneInfo NewYorkWinter = TimeZoneInfo.CreateCustomTimeZone("UTC-5", TimeSpan.FromHours(-5), "UTC-5", "UTC-5");
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.CreateCustomTimeZone("UTC+5:30", new TimeSpan(5, 30, 0), "UTC+5:30", "UTC+5:30");

    private static Streak StreakAt(DateTimeOffset now, TimeZoneInfo zone, params string[] times)
    {
        var digest = DigestBuilder.Of(times.Select(t =>
            new AnswerRecord("ana", "q", ["a"], true, TimeSpan.Zero, DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture), 1, "S")));
        return LearnerStatistics.Compute(digest, new Dictionary<string, string>(), [], now, zone).Streak;
    }

    [Fact]
    public void Three_days_in_a_row_ending_today_is_a_current_streak_of_three()
    {
        var streak = StreakAt(new(2026, 11, 5, 20, 0, 0, TimeSpan.Zero), Utc, "2026-11-03T10:00Z", "2026-11-04T10:00Z", "2026-11-05T10:00Z");

        Assert.Equal(new Streak(3, 3), streak);
    }

    [Fact]
    public void A_streak_is_still_current_when_today_has_no_answer_yet()
    {
        var streak = StreakAt(new(2026, 11, 6, 8, 0, 0, TimeSpan.Zero), Utc, "2026-11-04T10:00Z", "2026-11-05T10:00Z");

        Assert.Equal(new Streak(2, 2), streak);
    }

    [Fact]
    public void A_missed_day_ends_the_current_streak_but_keeps_the_longest()
    {
        var streak = StreakAt(
            new(2026, 11, 10, 8, 0, 0, TimeSpan.Zero), Utc, "2026-11-01T10:00Z", "2026-11-02T10:00Z", "2026-11-03T10:00Z", "2026-11-07T10:00Z");

        Assert.Equal(new Streak(0, 3), streak);
    }

    [Fact]
    public void Answers_either_side_of_midnight_UTC_are_one_day_five_hours_west()
    {
        string[] times = ["2026-11-01T23:30Z", "2026-11-02T00:30Z"];
        var now = new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);

        Assert.Equal(new Streak(2, 2), StreakAt(now, Utc, times));
        Assert.Equal(new Streak(1, 1), StreakAt(now, NewYorkWinter, times));
    }

    [Fact]
    public void Days_follow_a_half_hour_offset_zone()
    {
        // 18:15 UTC is 23:45 in Kolkata; 18:45 UTC is 00:15 the next day there.
        string[] times = ["2026-11-01T18:15Z", "2026-11-01T18:45Z"];

        Assert.Equal(new Streak(2, 2), StreakAt(new(2026, 11, 1, 19, 0, 0, TimeSpan.Zero), Kolkata, times));
        Assert.Equal(new Streak(1, 1), StreakAt(new(2026, 11, 1, 19, 0, 0, TimeSpan.Zero), Utc, times));
    }

    [Fact]
    public void No_answers_is_no_streak()
    {
        Assert.Equal(new Streak(0, 0), StreakAt(new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), Utc));
    }
}
