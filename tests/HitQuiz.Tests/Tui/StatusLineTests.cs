using HitQuiz.Tui;

namespace HitQuiz.Tests.Tui;

public sealed class StatusLineTests
{
    private static readonly (string Key, string Action)[] MenuHints =
        [("Enter/P", "Practice"), ("letter", "Action"), ("↑↓", "Move"), ("F1", "Help"), ("Q", "Quit")];

    [Fact]
    public void A_wide_screen_shows_every_hint_a_bar_apart()
    {
        Assert.Equal(" Enter/P Practice │ letter Action │ ↑↓ Move │ F1 Help │ Q Quit".PadRight(80), StatusLine.Fit(MenuHints, 80));
    }

    [Fact]
    public void A_narrower_screen_closes_up_the_separators_before_leaving_out_a_hint()
    {
        Assert.Equal(" Enter/P Practice│letter Action│↑↓ Move│F1 Help│Q Quit", StatusLine.Fit(MenuHints, 54));
    }

    [Fact]
    public void A_narrow_screen_leaves_out_hints_from_the_middle_and_keeps_the_main_action_and_the_ways_out_whole()
    {
        Assert.Equal(" Enter/P Practice│letter Action│F1 Help│Q Quit".PadRight(50), StatusLine.Fit(MenuHints, 50));
        Assert.Equal(" Enter/P Practice│F1 Help│Q Quit".PadRight(36), StatusLine.Fit(MenuHints, 36));
    }

    [Fact]
    public void Only_a_screen_too_narrow_for_the_main_action_and_the_ways_out_cuts_the_line()
    {
        Assert.Equal(" Enter/P Practice│F1 Hel", StatusLine.Fit(MenuHints, 24));
    }
}
