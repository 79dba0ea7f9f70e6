using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class AnswerKeyTests
{
    [Fact]
    public void A_true_or_false_key_is_shown_as_the_word_alone()
    {
        var question = new Question("T-1", QuestionKind.TrueFalse, "HITs need a license.", ["True", "False"], ["False"]);

        Assert.Equal("False", AnswerKey.Describe(question));
        Assert.Equal("False", AnswerKey.Describe(question, "{0} "));
    }

    [Fact]
    public void A_choice_key_is_shown_with_its_option_number()
    {
        var question = new Question("M-1", QuestionKind.MultipleChoice, "Who awards the RHIT?", ["AAPC", "AHIMA", "CAHIIM"], ["AHIMA"]);

        Assert.Equal("2) AHIMA", AnswerKey.Describe(question));
        Assert.Equal("2  AHIMA", AnswerKey.Describe(question, "{0} "));
    }
}
