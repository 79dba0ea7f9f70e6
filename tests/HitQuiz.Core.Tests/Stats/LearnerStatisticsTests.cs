using HitQuiz.Sessions;
using HitQuiz.Stats;

namespace HitQuiz.Core.Tests.Stats;

public sealed class LearnerStatisticsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static AnswerRecord Answer(string id, bool correct, double daysAgo, string section = "Privacy") =>
        new("ana", id, ["a"], correct, TimeSpan.Zero, Now.AddDays(-daysAgo), 1, section);

    private static LearnerStats Compute(IEnumerable<AnswerRecord> answers, Dictionary<string, string>? bank = null, IEnumerable<DateTimeOffset>? due = null) =>
        LearnerStatistics.Compute(DigestBuilder.Of(answers), bank ?? [], due ?? [], Now, TimeZoneInfo.Utc);

    [Fact]
    public void The_daily_series_covers_thirty_days_ending_today_with_accuracy_per_day()
    {
        var stats = Compute([Answer("q1", true, 0), Answer("q2", false, 0), Answer("q1", true, 2)]);

        Assert.Equal(30, stats.Daily.Count);
        Assert.Equal(new DateOnly(2026, 11, 20), stats.Daily[^1].Day);
        Assert.Equal((2, 50.0), (stats.Daily[^1].Answered, stats.Daily[^1].Accuracy!.Value));
        Assert.Null(stats.Daily[^2].Accuracy);
        Assert.Equal(1, stats.Daily[^3].Answered);
    }

    [Fact]
    public void An_exam_item_left_unanswered_is_no_answer_in_the_statistics()
    {
        var unanswered = new AnswerRecord("ana", "q2", [], false, TimeSpan.Zero, Now, 1, "Privacy");

        var stats = Compute([Answer("q1", true, 0), unanswered]);

        Assert.Equal((1, 1), (stats.Answered, stats.Correct));
        Assert.Equal(1, stats.Daily[^1].Answered);
        var section = Assert.Single(stats.Sections);
        Assert.Equal(("Privacy", 1, 1), (section.Section, section.Seen, section.Mastered));
    }

    [Fact]
    public void The_calendar_starts_on_a_Monday_and_ends_today()
    {
        var stats = Compute([Answer("q1", true, 0)]);

        Assert.Equal(DayOfWeek.Monday, stats.Calendar[0].Day.DayOfWeek);
        Assert.Equal(stats.Today, stats.Calendar[^1].Day);
        Assert.InRange(stats.Calendar.Count, (11 * 7) + 1, 12 * 7);
    }

    [Fact]
    public void Mastery_counts_unanswered_bank_items_as_not_mastered()
    {
        var bank = new Dictionary<string, string> { ["q1"] = "Privacy", ["q2"] = "Privacy", ["q3"] = "Privacy", ["q4"] = "Privacy" };

        var section = Assert.Single(Compute([Answer("q1", true, 1), Answer("q2", false, 1)], bank).Sections);

        Assert.Equal(new SectionMastery("Privacy", 4, 2, 1), section);
        Assert.Equal(25, section.Percent);
    }

    [Fact]
    public void Mastery_follows_the_latest_answer_by_time_not_by_order_given()
    {
        var stats = Compute([Answer("q1", true, 1), Answer("q1", false, 3)]);

        Assert.Equal(100, stats.Sections.Single().Percent);
    }

    [Fact]
    public void Weakest_items_need_two_attempts_and_come_lowest_accuracy_first()
    {
        var stats = Compute([
            Answer("once", false, 1),
            Answer("half", true, 1), Answer("half", false, 2),
            Answer("never", false, 1), Answer("never", false, 2),
            Answer("always", true, 1), Answer("always", true, 2)]);

        Assert.Equal(["never", "half"], stats.Weakest.Select(i => i.QuestionId));
    }

    [Fact]
    public void The_forecast_counts_items_due_per_day_and_overdue_items_apart()
    {
        DateTimeOffset[] due = [Now.AddHours(-30), Now.AddHours(3), Now.AddDays(1), Now.AddDays(1.1), Now.AddDays(20)];

        var stats = Compute([], due: due);

        Assert.Equal(14, stats.Forecast.Count);
        Assert.Equal([1, 2, 0], stats.Forecast.Take(3).Select(d => d.Count));
        Assert.Equal(1, stats.Overdue);
    }

    [Fact]
    public void Totals_and_readiness_come_from_every_answer()
    {
        var stats = Compute([Answer("q1", true, 1), Answer("q1", false, 2), Answer("q2", false, 1)]);

        Assert.Equal((3, 1), (stats.Answered, stats.Correct));
        Assert.Equal(50, stats.MasteredPercent);
    }
}
