using HitQuiz.Formats;

namespace HitQuiz.Core.Tests.Formats;

public sealed class ImportTextTests
{
    [Theory]
    [InlineData("Which code set covers <b>diagnoses</b>?", "Which code set covers diagnoses?")]
    [InlineData("An <em>accredited</em> program's <a href=\"x\">list</a>.", "An accredited program's list.")]
    [InlineData("H<sub>2</sub>O and x<sup>2</sup>", "H2O and x2")]
    [InlineData("<p>First.</p><p>Second.</p>", "First. Second.")]
    [InlineData("One<br>two<br/>three", "One two three")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "a b")]
    [InlineData("Fish &amp; chips", "Fish & chips")]
    public void Inline_tags_join_their_words_and_block_tags_separate_them(string html, string plain) =>
        Assert.Equal(plain, ImportText.Plain(html, html: true));

    [Theory]
    [InlineData("Which rule &#27;[2Japplies?", true, "Which rule [2Japplies?")]
    [InlineData("Which rule\u0001 applies?", false, "Which rule applies?")]
    [InlineData("Which\u009b rule applies?", false, "Which rule applies?")]
    public void Control_characters_however_written_become_spaces_so_they_never_reach_a_screen_or_an_export(string text, bool html, string plain) =>
        Assert.Equal(plain, ImportText.Plain(text, html));
}
