using HitQuiz.Study;

namespace HitQuiz.Core.Tests.Study;

public sealed class ExamDatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Theory]
    [InlineData("2026-11-28")]
    [InlineData("2026-11-29")]
    [InlineData("2027-06-01")]
    public void An_exam_today_or_later_is_accepted(string date) =>
        Assert.Null(ExamDates.Problem(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void An_exam_date_that_has_passed_is_refused_with_what_to_give_instead() =>
        Assert.Equal("2026-11-27 has passed; give the date of your exam, today or later.", ExamDates.Problem(new DateOnly(2026, 11, 27), Today));

    [Fact]
    public void Today_is_the_date_where_the_learner_is()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 28, 23, 30, 0, TimeSpan.Zero);
        var tokyo = TimeZoneInfo.CreateCustomTimeZone("UTC+9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");

        Assert.Equal(new DateOnly(2026, 11, 28), ExamDates.Today(lateEvening, TimeZoneInfo.Utc));
        Assert.Equal(new DateOnly(2026, 11, 29), ExamDates.Today(lateEvening, tokyo));
    }
}
