using HitQuiz.Core.Tests.Generation;
using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

// Every line of a document is tested for a bullet, and the pattern runs only on lines a first-character test cannot
// rule out: that test must never rule out a line the pattern matches.
public sealed class LineShapesTests
{
    private static readonly string[] Crafted =
    [
        "• Coding", "  - Billing", "\t* Privacy", "\u00A0– Release of information", "\u2003· Audits", "▪ Registries",
        "◦ Indexes", "1. Enrol", "12) Study", "123. Sit the exam", "1234. Not a step", "٣. Arabic-Indic digit",
        "-no space", "Coders - billing", "", "   ", "*", "7.", "2024 was a good year.",
    ];

    private static IEnumerable<string> Lines() =>
        new[] { TestSources.ShippedText, TestSources.FixtureText }
            .SelectMany(text => text.Split('\n'))
            .Concat(Crafted);

    [Fact]
    public void A_line_the_bullet_pattern_matches_is_never_ruled_out_first()
    {
        var matched = Lines().Where(l => LineShapes.Bullet().IsMatch(l)).ToList();

        Assert.True(matched.Count >= 15, $"only {matched.Count} bullets to check");
        Assert.All(matched, l => Assert.True(LineShapes.MayBeBullet(l), l));
    }

    [Theory]
    [InlineData("  - Billing", "Billing")]
    [InlineData("\u00A0– Release of information", "Release of information")]
    [InlineData("٣. Arabic-Indic digit", "Arabic-Indic digit")]
    [InlineData("12) Study", "Study")]
    public void A_bullet_after_whitespace_or_a_number_in_any_script_gives_its_text(string line, string expected)
    {
        Assert.True(LineShapes.TryBullet(line, out var item));
        Assert.Equal(expected, item);
    }

    [Theory]
    [InlineData("Coders - billing")]
    [InlineData("-no space")]
    [InlineData("1234. Not a step")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_line_that_does_not_start_with_a_bullet_is_not_one(string line)
    {
        Assert.False(LineShapes.TryBullet(line, out var item));
        Assert.Equal("", item);
    }

    [Theory]
    [InlineData("one two three four five six seven eight nine ten eleven twelve", true)]
    [InlineData("one two three four five six seven eight nine ten eleven twelve thirteen", false)]
    [InlineData("  one   two    three  four five six seven eight nine ten eleven twelve  ", true)]
    [InlineData("one\ttwo three four five six seven eight nine ten eleven twelve thirteen", true)]
    public void A_short_line_has_at_most_twelve_words_between_spaces(string line, bool isShort)
    {
        Assert.Equal(isShort, LineShapes.IsShort(line));
    }
}
