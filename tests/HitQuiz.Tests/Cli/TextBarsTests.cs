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
}
