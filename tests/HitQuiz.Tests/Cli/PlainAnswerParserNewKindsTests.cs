using HitQuiz.Cli;
using HitQuiz.Questions;

namespace HitQuiz.Tests.Cli;

public sealed class PlainAnswerParserNewKindsTests
{
    private static readonly Question Matching = new("M-1", QuestionKind.Matching, "Match.", ["RHIT", "CPC", "CCS"], ["AHIMA", "AAPC", "AHIMA"])
    {
        Choices = ["AAPC", "AHIMA", "CAHIIM"],
    };

    private static readonly Question Numerical = new("N-1", QuestionKind.Numerical, "When?", [], ["1928:2"]);

    [Theory]
    [InlineData("BAB", new[] { 1, 0, 1 })]
    [InlineData("b a b", new[] { 1, 0, 1 })]
    [InlineData("B,A,C", new[] { 1, 0, 2 })]
    public void A_matching_answer_is_one_letter_per_left_item(string line, int[] expected)
    {
        Assert.Equal(expected, PlainAnswerParser.Parse(Matching, line)!.Chosen);
    }

    [Theory]
    [InlineData("BA")]
    [InlineData("BABA")]
    [InlineData("BAD")]
    [InlineData("1 2 3")]
    public void A_matching_answer_with_the_wrong_count_or_an_unknown_letter_is_asked_again(string line)
    {
        Assert.Null(PlainAnswerParser.Parse(Matching, line));
    }

    [Theory]
    [InlineData("1928", true)]
    [InlineData(" 1,928 ", true)]
    [InlineData("soon", false)]
    [InlineData("Twenty-one", true)]
    [InlineData("twenty-one years", false)]
    public void A_numerical_answer_must_be_a_number(string line, bool accepted)
    {
        Assert.Equal(accepted, PlainAnswerParser.Parse(Numerical, line) is not null);
    }

    [Fact]
    public void The_matching_prompt_names_the_letters_and_items()
    {
        Assert.Equal("A letter (A-C) for each of 1-3, in order (e.g. \"ABC\"):", PlainAnswerParser.Prompt(Matching));
    }

    [Fact]
    public void A_matching_question_lists_its_numbered_items_then_its_lettered_choices()
    {
        Assert.Equal(["  1) RHIT", "  2) CPC", "  3) CCS", "  Choices:", "  A) AAPC", "  B) AHIMA", "  C) CAHIIM"], PlainOptions.Lines(Matching));
    }
}
