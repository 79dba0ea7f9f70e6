using System.Text;
using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class WordsTests
{
    public static TheoryData<string> Texts =>
    [
        "", " ", "---", "The U.S. Bureau of Labor Statistics (BLS) says", "Entry-level education", "associate’s degree",
        "2-year associate's degree", "Median Salary $39,340 per annum", "Job Growth (2010-2020) 21%", "'", "''s", "HITs don't",
        "Salaries, salary and SALARIES", "Information access/disclosure specialist", "Ünïcödé  Wörds — façade", "x1 a1b 12",
        "it is the one that they use", "Registered Health Information Technician, or RHIT,", new string('a', 300) + " b",
        "An organization's legal health record is subject to state and federal laws.",
    ];

    [Fact]
    public void Phrases_are_counted_in_a_text_as_one_at_a_time_finds_them_with_a_fallback_for_the_rest()
    {
        const string text = "HITs don't need a license; the median salary is $39,340 per year.";
        string[] needles = ["HITs", "DON'T need", "license", "salary is $39,340", "icense", "39340", "---", "", new string('x', 300), "per year"];

        var count = Words.CountPhrases(text, needles);

        Assert.Equal(needles.Count(n => Words.ContainsPhrase(text, n)), count);
        Assert.Equal(5, count);
        Assert.Equal(6, Words.CountPhrases(text, needles, (haystack, needle) => needle == "39340" && haystack == text));
    }

    [Fact]
    public void Every_character_is_folded_and_kept_as_the_invariant_culture_says()
    {
        for (var c = '\0'; c < '\u0250'; c++)
        {
            var lower = char.ToLowerInvariant(c);
            var expected = char.IsLetterOrDigit(lower) || lower is '$' or '%' or '\'' or '/' ? lower.ToString() : "";
            Assert.Equal(expected, Words.Normalize(c.ToString()));
        }

        Assert.Equal("it's", Words.Normalize("It’s"));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Normalizing_lowers_case_drops_punctuation_and_collapses_spaces(string text)
    {
        var sb = new StringBuilder();
        var space = false;
        foreach (var raw in text)
        {
            var c = raw == '’' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || c is '$' or '%' or '\'' or '/')
            {
                sb.Append(space && sb.Length > 0 ? " " : "").Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        Assert.Equal(sb.ToString(), Words.Normalize(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Normalizing_at_most_some_characters_gives_the_first_characters_of_the_whole_normalized_text(string text)
    {
        var whole = Words.Normalize(text);
        var into = new char[text.Length + 1];

        foreach (var most in new[] { 0, 1, 5, 12, 40, text.Length })
        {
            var length = Words.Normalize(text, into, most);

            Assert.Equal(whole[..Math.Min(most, whole.Length)], new string(into, 0, length));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Content_stems_are_the_stems_of_the_tokens_that_are_not_stop_words_or_numbers(string text)
    {
        var expected = Words.Tokens(text).Where(t => !Words.IsStopWord(t) && !t.Any(char.IsDigit)).Select(Words.Stem).ToHashSet();
        Assert.True(expected.SetEquals(Words.ContentStems(text)), string.Join(",", Words.ContentStems(text)));
    }

    [Theory]
    [InlineData(new[] { "CAHIIM", "AHIMA", "BLS" }, true)]
    [InlineData(new[] { "CAHIIM", "AHIMA", "cahiim." }, false)]
    [InlineData(new[] { "Health  information", "health-information", "HIM" }, false)]
    [InlineData(new[] { "health information", "Health informatics" }, true)]
    [InlineData(new[] { "", "AHIMA", "!" }, false)]
    [InlineData(new string[0], true)]
    public void Texts_are_all_distinct_when_no_two_are_the_same_once_normalized(string[] texts, bool distinct)
    {
        Assert.Equal(texts.DistinctBy(Words.Normalize).Count() == texts.Length, Words.AllDistinct(texts));
        Assert.Equal(distinct, Words.AllDistinct(texts));
    }
}
