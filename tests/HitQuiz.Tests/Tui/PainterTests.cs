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
}
