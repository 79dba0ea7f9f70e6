using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

/// <summary>Answering each item kind from the keyboard, and answers the trainer refuses.</summary>
public sealed class AnswerKeysTests
{
    private static readonly Question Pick2 = new("MR-1", QuestionKind.MultipleResponse, "Which two are AHIMA credentials?", ["RHIT", "RHIA", "CPC", "CCS-P"], ["RHIT", "RHIA"]) { Topic = "Coding" };

    private static readonly Question Twelve = new(
        "MC-12", QuestionKind.MultipleChoice, "Which one is option ten?", [.. Enumerable.Range(1, 12).Select(i => $"Option {i}")], ["Option 10"]) { Topic = "Coding" };

    private static readonly Question Numerical = new("N-1", QuestionKind.Numerical, "In which year was AHIMA founded?", [], ["1928:2"]) { Topic = "History" };

    private static readonly Question TrueFalse = new("TF-1", QuestionKind.TrueFalse, "AHIMA awards the RHIT.", ["True", "False"], ["True"]) { Topic = "Coding" };

    [Fact]
    public void Enter_with_fewer_picks_than_asked_for_does_not_grade_and_says_how_many()
    {
        using var ui = new HeadlessTrainer([Pick2]);

        ui.Press(Key.P, Key.D1, Key.Enter);

        Assert.Contains("Choose 2 — you have picked 1", ui.Screen);
        Assert.Empty(ui.Store.Answers("ana"));
    }

    [Fact]
    public void Enter_with_as_many_picks_as_asked_for_grades()
    {
        using var ui = new HeadlessTrainer([Pick2]);

        ui.Press(Key.P, Key.D1, Key.D2, Key.Enter);

        Assert.Contains("✔ Correct", ui.Screen);
    }

    [Fact]
    public void Two_digits_then_Enter_choose_option_ten_of_twelve()
    {
        using var ui = new HeadlessTrainer([Twelve]);

        ui.Press(Key.P, Key.D1, Key.D0, Key.Enter);

        Assert.Contains("✔ Correct", ui.Screen);
    }

    [Fact]
    public void One_digit_on_an_item_with_more_than_nine_options_waits_for_a_second_digit_or_Enter()
    {
        using var ui = new HeadlessTrainer([Twelve]);

        ui.Press(Key.P, Key.D1);
        Assert.Empty(ui.Store.Answers("ana"));
        ui.Press(Key.Enter);

        Assert.Equal(["Option 1"], Assert.Single(ui.Store.Answers("ana")).Chosen);
    }

    [Fact]
    public void The_key_hints_of_an_item_with_twelve_options_say_how_to_choose_them()
    {
        using var ui = new HeadlessTrainer([Twelve]);

        ui.Press(Key.P);

        Assert.Contains("1-12 Number │ Enter Choose", ui.Screen);
    }

    [Fact]
    public void A_numerical_item_refuses_text_that_is_not_a_number_and_records_nothing()
    {
        using var ui = new HeadlessTrainer([Numerical]);

        ui.Press(Key.P);
        ui.Type("about 1928");
        ui.Press(Key.Enter);

        Assert.Contains("\"about 1928\" is not an answer to this question.", ui.Screen);
        Assert.Empty(ui.Store.Answers("ana"));
    }

    [Fact]
    public void A_numerical_item_takes_a_number_written_in_words_as_grading_does()
    {
        using var ui = new HeadlessTrainer([Numerical]);

        ui.Press(Key.P);
        ui.Type("nineteen");
        ui.Press(Key.Enter);

        Assert.DoesNotContain("is not an answer", ui.Screen);
        Assert.Equal(["nineteen"], Assert.Single(ui.Store.Answers("ana")).Chosen);
    }

    [Theory]
    [InlineData('t', true)]
    [InlineData('T', true)]
    [InlineData('f', false)]
    public void T_and_F_answer_a_true_false_item(char key, bool correct)
    {
        using var ui = new HeadlessTrainer([TrueFalse]);

        ui.Press(Key.P, new Key(key));

        Assert.Equal(correct, Assert.Single(ui.Store.Answers("ana")).Correct);
    }
}
