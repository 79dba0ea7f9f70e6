using HitQuiz.Tui;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class PainterTests
{
    // A screen showing given lines as they are, as a source excerpt or a generated explanation would.
    private sealed class LinesScreen(params string[] lines) : Screen
    {
        public override IReadOnlyList<(string Key, string Action)> Hints => [];

        protected override IEnumerable<StyledLine> Compose(int width) => lines.Select(l => StyledLine.Of(l));

        protected override bool HandleKey(Key key) => false;
    }

    [Fact]
    public void A_tab_or_other_control_character_in_shown_text_is_drawn_as_a_space()
    {
        using var ui = new HeadlessScreen(new LinesScreen("Median Salary\t$39,340 per annum", "Job\u000bGrowth\u001f21%"));

        Assert.Contains("Median Salary $39,340 per annum", ui.Text);
        Assert.Contains("Job Growth 21%", ui.Text);
        Assert.DoesNotContain('␉', ui.Text);
    }

    [Fact]
    public void A_line_of_wide_characters_is_cut_at_the_screen_edge_by_columns()
    {
        using var ui = new HeadlessScreen(new LinesScreen("健康信息技术员认证考试准备资料"), width: 20, height: 5);

        // The window's frame leaves the screen 16 columns: eight of these characters, the frame still in place after them.
        Assert.Contains("│ 健康信息技术员认 │", ui.Text);
        Assert.DoesNotContain("考", ui.Text);
    }

    [Fact]
    public void A_piece_after_wide_characters_starts_where_they_end()
    {
        using var ui = new HeadlessScreen(new StyledScreen(new StyledLine([("名前", LineStyle.Normal), (" ok", LineStyle.Title)])), width: 20, height: 5);

        Assert.Contains("名前 ok", ui.Text);
    }

    private sealed class StyledScreen(params StyledLine[] lines) : Screen
    {
        public override IReadOnlyList<(string Key, string Action)> Hints => [];

        protected override IEnumerable<StyledLine> Compose(int width) => lines;

        protected override bool HandleKey(Key key) => false;
    }
}
