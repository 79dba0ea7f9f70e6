using HitQuiz.Core.Tests.Sessions;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class AnswerCheckerTests
{
    [Fact]
    public void Choosing_the_key_of_a_single_answer_question_is_correct()
    {
        Assert.True(AnswerChecker.IsCorrect(TestQuestions.Mc("Q1"), Response.Choice(0)));
    }

    [Fact]
    public void Choosing_a_distractor_is_incorrect()
    {
        Assert.False(AnswerChecker.IsCorrect(TestQuestions.Mc("Q1"), Response.Choice(2)));
    }

    [Theory]
    [InlineData(new[] { 1, 3 }, true)]
    [InlineData(new[] { 3, 1 }, true)]
    [InlineData(new[] { 1 }, false)]
    [InlineData(new[] { 1, 2, 3 }, false)]
    public void A_multiple_response_answer_is_correct_only_with_exactly_the_keys(int[] chosen, bool expected)
    {
        Assert.Equal(expected, AnswerChecker.IsCorrect(TestQuestions.Multi("Q2"), Response.Choice(chosen)));
    }

    [Theory]
    [InlineData("transcription", true)]
    [InlineData("  Transcription. ", true)]
    [InlineData("medical   transcription", true)]
    [InlineData("billing", false)]
    [InlineData("", false)]
    public void A_typed_answer_matches_any_accepted_answer_ignoring_case_spacing_and_punctuation(string typed, bool expected)
    {
        Assert.Equal(expected, AnswerChecker.IsCorrect(TestQuestions.Cloze("Q3"), Response.Typed(typed)));
    }

    [Fact]
    public void Curly_and_straight_apostrophes_are_the_same_in_a_typed_answer()
    {
        Assert.Equal(AnswerChecker.NormaliseTyped("associate's"), AnswerChecker.NormaliseTyped("associate\u2019s"));
    }

    [Fact]
    public void The_chosen_texts_of_a_response_are_its_options_in_display_order()
    {
        Assert.Equal(["B", "D"], AnswerChecker.ChosenTexts(TestQuestions.Multi("Q2"), Response.Choice(3, 1, 3)));
    }

    [Fact]
    public void Key_indices_name_the_correct_options()
    {
        Assert.Equal([1, 3], AnswerChecker.KeyIndices(TestQuestions.Multi("Q2")));
    }
}
