namespace HitQuiz.Tests.Cli;

public sealed class TextBarsTests
{
    [Theory]
    [InlineData(0, "░░░░░░░░░░")]
    [InlineData(50, "█████░░░░░")]
    [InlineData(100, "██████████")]
    [InlineData(140, "██████████")]
    public void A_bar_fills_its_share_of_cells_so_it_reads_without_colour(double percent, string bar) =>
        Assert.Equal(bar, HitQuiz.Cli.TextBars.Bar(percent, 10));

    [Theory]
    [InlineData(0, '·')]
    [InlineData(1, '░')]
    [InlineData(5, '▒')]
    [InlineData(7, '▓')]
    [InlineData(10, '█')]
    public void A_day_is_shaded_by_its_share_of_the_busiest_day(int count, char shade) =>
        Assert.Equal(shade, HitQuiz.Cli.TextBars.Shade(count, 10));

    [Theory]
    [InlineData("Job Outlook", 14, "Job Outlook   ")]
    [InlineData("Health Information Technician Salary", 20, "Health Inform…Salary")]
    [InlineData("Health Information Technician Certification", 20, "Health Inform…cation")]
    [InlineData("Salary", 1, "…")]
    public void A_text_too_long_for_its_column_keeps_its_start_and_its_end(string text, int width, string shown) =>
        Assert.Equal(shown, HitQuiz.Cli.TextBars.Fit(text, width));

    [Theory]
    [InlineData("名前", 6, "名前  ")]
    [InlineData("健康信息技术员", 9, "健康信…员")]
    [InlineData("😀😀", 5, "😀😀 ")]
    public void A_column_is_measured_in_the_terminal_columns_its_characters_take(string text, int width, string shown) =>
        Assert.Equal(shown, HitQuiz.Cli.TextBars.Fit(text, width));

    [Fact]
    public void A_column_is_as_wide_as_its_widest_name_on_screen() =>
        Assert.Equal(12, HitQuiz.Cli.TextBars.ColumnWidth(["健康信息技术", "Job Outlook"], 40));

    [Fact]
    public void Section_names_take_the_room_the_line_leaves_for_them()
    {
        var stats = new HitQuiz.Stats.LearnerStats(new DateOnly(2026, 11, 28), 5, 4, [], [], new HitQuiz.Stats.Streak(1, 1),
            [new("Health Information Technician Certification", 4, 2, 1), new("Job Outlook", 3, 3, 3)], [], 0, []);

        var lines = HitQuiz.Cli.StatsText.Sections(stats, 78).ToList();

        Assert.StartsWith("Health Information Technician Certification ", lines[0], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= 78, l));
        Assert.Equal(lines[0].IndexOf('%', StringComparison.Ordinal), lines[1].IndexOf('%', StringComparison.Ordinal));
    }
}
