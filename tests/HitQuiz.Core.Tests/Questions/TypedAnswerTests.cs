using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class TypedAnswerTests
{
    private static Question Cloze(params string[] accepted) => new("Q", QuestionKind.Cloze, "Fill in _____.", [], accepted);

    private static bool Accepts(string typed, params string[] accepted) => AnswerChecker.IsCorrect(Cloze(accepted), Response.Typed(typed));

    [Theory]
    [InlineData("PROJECT   manager!")]
    [InlineData(" project manager ")]
    public void Case_spacing_and_surrounding_punctuation_do_not_matter(string typed)
    {
        Assert.True(Accepts(typed, "project manager"));
    }

    [Theory]
    [InlineData("21 %")]
    [InlineData("21%")]
    [InlineData("21  percent")]
    [InlineData("21")]
    public void A_space_before_a_percent_sign_does_not_matter(string typed)
    {
        Assert.True(Accepts(typed, "21%", "21 percent", "21"));
    }

    [Fact]
    public void A_percent_sign_reads_as_the_word_percent_even_when_only_one_form_is_accepted()
    {
        Assert.True(Accepts("21 percent", "21%"));
    }

    [Theory]
    [InlineData("12%")]
    [InlineData("12 %")]
    [InlineData("21.5%")]
    [InlineData("210%")]
    public void A_different_percentage_is_still_wrong(string typed)
    {
        Assert.False(Accepts(typed, "21%", "21 percent", "21"));
    }

    [Theory]
    [InlineData("State & Federal")]
    [InlineData("state&federal")]
    [InlineData("federal & state")]
    public void An_ampersand_reads_as_and(string typed)
    {
        Assert.True(Accepts(typed, "state and federal", "federal and state"));
    }

    [Theory]
    [InlineData("state")]
    [InlineData("state &")]
    [InlineData("state or federal")]
    [InlineData("state and local")]
    public void Part_of_a_phrase_or_another_conjunction_is_still_wrong(string typed)
    {
        Assert.False(Accepts(typed, "state and federal", "federal and state"));
    }

    [Theory]
    [InlineData("twenty-one percent")]
    [InlineData("Twenty One %")]
    [InlineData("twenty-one")]
    public void A_number_word_equals_its_digits(string typed)
    {
        Assert.True(Accepts(typed, "21%", "21 percent", "21"));
    }

    [Theory]
    [InlineData("FOUR.", "4")]
    [InlineData("4", "four")]
    [InlineData("zero", "0")]
    [InlineData("ninety-nine", "99")]
    [InlineData("thirty", "30")]
    [InlineData("a four-year degree", "a 4-year degree")]
    public void Number_words_up_to_ninety_nine_match_their_digits_in_every_typed_item(string typed, string accepted)
    {
        Assert.True(Accepts(typed, accepted));
    }

    [Theory]
    [InlineData("twelve", "21")]
    [InlineData("twenty", "21")]
    [InlineData("one", "21")]
    [InlineData("twenty-two", "21")]
    [InlineData("two hundred", "200")]
    [InlineData("fourteen", "4")]
    public void A_different_or_larger_number_in_words_is_still_wrong(string typed, string accepted)
    {
        Assert.False(Accepts(typed, accepted));
    }

    [Fact]
    public void Digits_in_a_different_order_are_wrong()
    {
        Assert.False(Accepts("12", "21%", "21 percent", "21"));
    }

    [Fact]
    public void A_word_that_merely_contains_a_number_word_is_left_alone()
    {
        Assert.False(Accepts("1ce", "once"));
        Assert.False(Accepts("some1", "someone"));
    }

    // "a(n) _____-year bachelor's degree": repeating the unit the stem supplies still states the right number.
    [Theory]
    [InlineData("4", true)]
    [InlineData("four-year", true)]
    [InlineData("Four years", true)]
    [InlineData("2-year", false)]
    [InlineData("14", false)]
    [InlineData("year", false)]
    public void A_duration_blank_accepts_its_number_with_or_without_the_unit_and_nothing_else(string typed, bool expected)
    {
        Assert.Equal(expected, Accepts(typed, "4", "four", "4 years", "4-year"));
    }

    [Fact]
    public void A_numerical_item_accepts_its_number_in_words()
    {
        var question = new Question("N", QuestionKind.Numerical, "How many?", [], ["4"]);

        Assert.True(AnswerChecker.IsCorrect(question, Response.Typed("Four")));
        Assert.False(AnswerChecker.IsCorrect(question, Response.Typed("five")));
    }

    [Fact]
    public void The_normalised_form_used_for_question_ids_is_unchanged()
    {
        Assert.Equal("state & federal 21 %", AnswerChecker.NormaliseTyped("State  &  Federal 21 %!"));
    }
}
