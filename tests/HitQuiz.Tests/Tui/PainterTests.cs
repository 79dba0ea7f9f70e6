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

        // The window's frame leaves the screen 16 columns: seven of these characters and the ellipsis saying the line
        // goes on, the frame still in place after them.
        Assert.Contains("│ 健康信息技术员…  │", ui.Text);
        Assert.DoesNotContain("认", ui.Text);
    }

    [Fact]
    public void A_line_too_long_for_the_screen_ends_in_an_ellipsis()
    {
        using var ui = new HeadlessScreen(new LinesScreen("Exam review · item 4/96 · not answered · How Long Does It Take To Become One?", "Short line."), width: 40, height: 6);

        Assert.Matches(@"Exam review · item 4/96 · not[^│]*… *│", ui.Text);
        Assert.DoesNotContain("Become One?", ui.Text);
        Assert.Contains("Short line.", ui.Text);
        Assert.DoesNotContain("Short line.…", ui.Text);
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
