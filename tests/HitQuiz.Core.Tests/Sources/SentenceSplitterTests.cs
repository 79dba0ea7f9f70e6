using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The U.S. Bureau of Labor Statistics says so.")]
    [InlineData("The U.S. BLS says HIT jobs will grow.")]
    [InlineData("Settings, e.g. hospitals, vary.")]
    [InlineData("Coders, i.e. specialists, abstract.")]
    [InlineData("Ask Dr. Smith first.")]
    [InlineData("Acme Inc. hires coders.")]
    [InlineData("Forms, charts, etc. are kept.")]
    [InlineData("See form No. 5 today.")]
    [InlineData("Growth was 3.5 percent.")]
    [InlineData("J. R. Smith wrote it.")]
    [InlineData("According to the U.S. Bureau of Labor Statistics (BLS), the median salary was $34,000.")]
    public void Abbreviations_do_not_end_a_sentence(string text)
    {
        Assert.Single(SentenceSplitter.Split(text));
    }

    [Fact]
    public void Sentences_split_at_end_punctuation_with_their_positions()
    {
        var sentences = SentenceSplitter.Split("HITs code.  Do they bill? Yes!");

        Assert.Equal(
            [new Sentence("HITs code.", 0, 10), new Sentence("Do they bill?", 12, 13), new Sentence("Yes!", 26, 4)],
            sentences);
    }

    [Fact]
    public void Etc_at_the_end_of_a_sentence_splits_before_a_capitalised_word()
    {
        Assert.Equal(2, SentenceSplitter.Split("Forms, charts, etc. The next one.").Count);
    }

    [Fact]
    public void Blank_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split("  \n "));
    }

    [Fact]
    public void Bounds_are_where_split_finds_each_sentence_and_one_sentence_is_told_apart()
    {
        var paragraphs = new[] { Generation.TestSources.ShippedText, Generation.TestSources.FixtureText }
            .SelectMany(text => text.Split('\n'))
            .Concat(["", "  ", "One. Two.", "Ask Dr. Smith.", "Growth was 3.5 percent!  Then? "])
            .ToList();

        foreach (var text in paragraphs)
        {
            var bounds = new List<(int Start, int Length)>();
            SentenceSplitter.Bounds(text, bounds);
            var sentences = SentenceSplitter.Split(text);

            Assert.Equal(sentences.Select(s => (s.Start, s.Length)), bounds);
            Assert.All(sentences, s => Assert.Equal(text.Substring(s.Start, s.Length), s.Text));
            Assert.Equal(sentences.Count == 1, SentenceSplitter.IsOneSentence(text));
        }

        Assert.Contains(paragraphs, p => SentenceSplitter.Split(p).Count > 1);
    }
}
