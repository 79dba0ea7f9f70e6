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
}
