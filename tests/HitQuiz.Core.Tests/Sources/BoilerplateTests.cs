using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

public sealed class BoilerplateTests
{
    [Theory]
    [InlineData("Read more.")]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published.")]
    [InlineData("Required fields are marked *")]
    [InlineData("We've provided a list of top schools in your area with certified Health Information Technology degrees here.")]
    [InlineData("We’ve provided a list of top schools in your area here.")]
    [InlineData("Skip to content")]
    [InlineData("Home")]
    [InlineData("Share this")]
    [InlineData("Print")]
    [InlineData("This site uses cookies to improve your experience.")]
    [InlineData("Last Modified Date: March 3, 2024")]
    [InlineData("Suggested citation: Bureau of Labor Statistics")]
    [InlineData("Please read our Cookie Policy.")]
    [InlineData("You can change your cookie settings at any time.")]
    [InlineData("Voir la politique du Café: cookie preferences.")]
    public void Page_furniture_is_boilerplate(string sentence)
    {
        Assert.True(Boilerplate.IsBoilerplate(sentence));
    }

    [Theory]
    [InlineData("Health information technology certification is available through AHIMA.")]
    [InlineData("Read the chart before coding.")]
    [InlineData("Home health agencies employ technicians.")]
    public void Article_sentences_are_not_boilerplate(string sentence)
    {
        Assert.False(Boilerplate.IsBoilerplate(sentence));
    }

    [Theory]
    [InlineData("  READ\t\tMORE…  ", true)]
    [InlineData("« Leave   a Reply:", true)]
    [InlineData("›› back to top!", true)]
    [InlineData("We\u00a0use cookies.", true)]
    [InlineData("Copyright © 2024", true)]
    [InlineData("“Read more”", false)]
    [InlineData("Read more about coding.", false)]
    [InlineData("", true)]
    [InlineData(" . ", true)]
    public void Boilerplate_is_recognised_whatever_its_case_spacing_quotes_and_final_punctuation(string sentence, bool expected)
    {
        Assert.Equal(expected, Boilerplate.IsBoilerplate(sentence));
    }

    [Fact]
    public void A_sentence_longer_than_the_stack_buffer_is_tested_the_same_way()
    {
        Assert.True(Boilerplate.IsBoilerplate("We use cookies " + new string('x', 400)));
        Assert.False(Boilerplate.IsBoilerplate("Coding " + new string('x', 400)));
    }

    [Theory]
    [InlineData("Leave a Reply", true)]
    [InlineData("  RELATED   Articles: ", true)]
    [InlineData("Related reading", false)]
    public void A_furniture_heading_starts_a_boilerplate_section(string heading, bool expected)
    {
        Assert.Equal(expected, Boilerplate.StartsBoilerplateSection(heading));
    }

    [Fact]
    public void Strip_removes_only_the_boilerplate_sentences()
    {
        Assert.Equal("HITs are data managers. They code.", Boilerplate.Strip("HITs are data managers. They code. Read more."));
    }

    [Fact]
    public void A_block_that_is_wholly_boilerplate_changes_kind_and_keeps_its_text()
    {
        var block = Boilerplate.Apply(new Block(BlockKind.Paragraph, "Read more.", 3, 3));

        Assert.Equal((BlockKind.Boilerplate, "Read more."), (block.Kind, block.Text));
    }
}
