using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class BannedValuesTests
{
    private static readonly string[] Banned =
    [
        "$34000", "$39340", "certificate/diploma", "2 year associate's degree", "associate's degree", "no", "none", "abcd",
    ];

    // The rule the index must keep: equal, or (for values longer than three characters) containing or contained.
    private static bool Scan(string text)
    {
        var n = Words.Normalize(text);
        return Banned.Contains(n) || Banned.Any(b => b.Length > 3 && (n.Contains(b, StringComparison.Ordinal) || b.Contains(n, StringComparison.Ordinal) && n.Length > 3));
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
    public void The_indexed_check_gives_the_same_answer_as_a_scan_of_every_value(string text)
    {
        var banned = new BannedValues();
        foreach (var value in Banned)
        {
            banned.Add(value);
        }

        Assert.Equal(Scan(text), banned.Matches(text));
    }

    [Fact]
    public void Nothing_is_banned_when_no_value_conflicts()
    {
        Assert.False(BannedValues.None.Matches("$34,000"));
    }
}
