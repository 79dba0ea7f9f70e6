using HitQuiz.Questions;

namespace HitQuiz.Core.Tests;

public sealed class QuestionKindsTests
{
    [Theory]
    [InlineData("mc", QuestionKind.MultipleChoice)]
    [InlineData("multi", QuestionKind.MultipleResponse)]
    [InlineData("TF", QuestionKind.TrueFalse)]
    [InlineData("cloze", QuestionKind.Cloze)]
    [InlineData("not", QuestionKind.NotListed)]
    public void A_kind_name_parses_case_insensitively_and_round_trips(string name, QuestionKind expected)
    {
        Assert.True(QuestionKinds.TryParse(name, out var kind));
        Assert.Equal(expected, kind);
        Assert.Equal(name.ToLowerInvariant(), kind.Name());
    }

    [Fact]
    public void An_unknown_kind_name_does_not_parse()
    {
        Assert.False(QuestionKinds.TryParse("essay", out _));
    }
}
