using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class BannedValuesTests
{
    private static readonly string[] Banned =
    [
        "$34000", "$39340", "certificate/diploma", "2 year associate's degree", "associate's degree", "no", "none", "abcd",
    ];

    // An article with many conflicting values, past the number read through one by one.
    private static readonly string[] Many = [.. Banned, .. Enumerable.Range(10, 20).Select(i => $"filler value {i}")];

    // The rule the index must keep: equal, or (for values longer than three characters) containing or contained.
    private static bool Scan(string[] values, string text)
    {
        var n = Words.Normalize(text);
        return values.Contains(n) || values.Any(b => b.Length > 3 && (n.Contains(b, StringComparison.Ordinal) || b.Contains(n, StringComparison.Ordinal) && n.Length > 3));
    }

    [Theory]
    [InlineData("$34,000")]
    [InlineData("about $34,000")]
    [InlineData("$340,000")]
    [InlineData("$3,400")]
    [InlineData("$39,340 per annum")]
    [InlineData("Certificate/Diploma")]
    [InlineData("Certificate")]
    [InlineData("diploma")]
    [InlineData("2-year associate’s degree")]
    [InlineData("associate's")]
    [InlineData("a bachelor's degree")]
    [InlineData("No")]
    [InlineData("no.")]
    [InlineData("None")]
    [InlineData("Nonexistent")]
    [InlineData("bcd")]
    [InlineData("abcd")]
    [InlineData("xabcdx")]
    [InlineData("ABC")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("year")]
    [InlineData("2 year")]
    [InlineData("$39,341")]
    [InlineData("value 1")]
    [InlineData("filler value 29")]
    [InlineData("iller val")]
    public void The_indexed_check_gives_the_same_answer_as_a_scan_of_every_value(string text)
    {
        foreach (var values in new[] { Banned, Many })
        {
            var banned = new BannedValues();
            foreach (var value in values)
            {
                banned.Add(value);
            }

            Assert.Equal(Scan(values, text), banned.Matches(text));
        }
    }

    [Fact]
    public void Nothing_is_banned_when_no_value_conflicts()
    {
        Assert.False(BannedValues.None.Matches("$34,000"));
    }
}
