using System.Text;
using HitQuiz.Cli;
using Terminal.Gui.Text;

namespace HitQuiz.Tests.Cli;

public sealed class TerminalColumnsTests
{
    [Fact]
    public void Every_character_takes_the_columns_the_text_UI_draws_it_in()
    {
        // The text UI library gives U+1200 (Ethiopic HA, a letter) no column; every terminal gives it one.
        int[] knownDifferences = [0x1200];
        var differing = new List<string>();
        for (var value = 0x20; value <= 0x10FFFF; value++)
        {
            if (Rune.IsValid(value) && !Rune.IsControl(new Rune(value)) && !knownDifferences.Contains(value)
                && TerminalColumns.Of(new Rune(value)) != new Rune(value).GetColumns())
            {
                differing.Add($"U+{value:X4}: {TerminalColumns.Of(new Rune(value))} against {new Rune(value).GetColumns()}");
            }
        }

        Assert.Empty(differing);
    }

    [Theory]
    [InlineData("RHIT", 4)]
    [InlineData("健康", 4)]
    [InlineData("cafe\u0301", 4)]
    [InlineData("😀!", 3)]
    [InlineData("Tab\there", 8)]
    public void A_text_takes_the_sum_of_its_characters_columns(string text, int columns) =>
        Assert.Equal(columns, TerminalColumns.Of(text));

    [Theory]
    [InlineData("ana😀", "ana")]
    [InlineData("名前", "名")]
    [InlineData("", "")]
    public void Backspace_takes_back_the_last_whole_character(string typed, string left) =>
        Assert.Equal(left, TerminalColumns.WithoutLastCharacter(typed));
}
