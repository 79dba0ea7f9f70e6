using HitQuiz.Tui;

namespace HitQuiz.Tests.Tui;

public sealed class StyledLineTests
{
    [Fact]
    public void A_wrapped_text_uses_the_whole_width_on_its_first_line_and_indents_the_rest()
    {
        var lines = StyledLine.Wrapped("aaaa bbbb cccc dddd", 10, indent: "  ").Select(l => l.Text).ToList();

        Assert.Equal(["aaaa bbbb", "  cccc", "  dddd"], lines);
    }

    [Fact]
    public void A_wrapped_text_keeps_its_paragraphs_and_blank_lines()
    {
        var lines = StyledLine.Wrapped("one\n\ntwo three four", 9, indent: " ").Select(l => l.Text).ToList();

        Assert.Equal(["one", "", " two", " three", " four"], lines);
    }
}
