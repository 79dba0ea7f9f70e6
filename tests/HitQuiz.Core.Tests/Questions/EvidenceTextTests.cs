using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class EvidenceTextTests
{
    [Fact]
    public void Every_character_is_lowered_straightened_or_spaced_as_the_invariant_culture_says()
    {
        for (var c = '\0'; c < '\u0250'; c++)
        {
            var mapped = char.IsWhiteSpace(c) ? " " : char.ToLowerInvariant(c).ToString();
            Assert.Equal($"a{mapped}b", EvidenceText.Normalize($"a{c}b"));
        }

        Assert.Equal("it's \"so\" - a-b", EvidenceText.Normalize("It\u2019s \u201CSo\u201D \u2014 A\u2013B"));
    }

    [Theory]
    [InlineData("  Leading and trailing  ", "leading and trailing")]
    [InlineData("Runs\t\tof \r\n white\u00A0space", "runs of white space")]
    [InlineData("\u2022 Bullets \u2022 as spaces", "bullets as spaces")]
    [InlineData("", "")]
    [InlineData(" \t ", "")]
    public void Whitespace_and_bullets_become_single_spaces_with_none_at_either_end(string text, string normalized) =>
        Assert.Equal(normalized, EvidenceText.Normalize(text));
}
