using System.Text;
using HitQuiz.Tui;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class InputScreenTests
{
    [Fact]
    public void Backspace_takes_back_a_whole_character_typed_from_outside_the_basic_plane()
    {
        string? taken = null;
        using var ui = new HeadlessScreen(new InputScreen("Add a learner", "Name:", text => { taken = text; return null; }, () => { }));

        ui.Press(Key.A.WithShift, new Key(new Rune(0x1F600).ToString()), Key.Backspace, Key.Enter);

        Assert.Equal("A", taken);
    }

    [Fact]
    public void Typed_wide_characters_are_kept_whole()
    {
        string? taken = null;
        using var ui = new HeadlessScreen(new InputScreen("Add a learner", "Name:", text => { taken = text; return null; }, () => { }));

        ui.Press(new Key("名"), new Key("前"), Key.Enter);

        Assert.Equal("名前", taken);
        Assert.Contains("> 名前_", ui.Text);
    }
}
