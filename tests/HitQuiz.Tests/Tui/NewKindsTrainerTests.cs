using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class NewKindsTrainerTests
{
    private static readonly Question Matching = new("M-1", QuestionKind.Matching, "Match each credential with its body.", ["RHIT", "CPC"], ["AHIMA", "AAPC"])
    {
        Choices = ["AAPC", "AHIMA", "CAHIIM"],
        Topic = "Coding",
    };

    private static readonly Question Numerical = new("N-1", QuestionKind.Numerical, "In which year was AHIMA founded?", [], ["1928:2"]) { Topic = "History" };

    [Fact]
    public void A_matching_question_shows_numbered_items_lettered_choices_and_its_keys()
    {
        using var ui = new HeadlessTrainer([Matching]);

        ui.Press(Key.P);

        Assert.Contains("1  [_] RHIT", ui.Screen);
        Assert.Contains("A) AAPC", ui.Screen);
        Assert.Contains("A-C Match next", ui.Screen);
    }

    [Fact]
    public void Letters_fill_the_items_in_order_and_Enter_submits()
    {
        using var ui = new HeadlessTrainer([Matching]);

        ui.Press(Key.P, Key.B, Key.A, Key.Enter);

        Assert.Contains("✔ Correct", ui.Screen);
    }

    [Fact]
    public void A_wrong_match_shows_every_pair_with_its_letter()
    {
        using var ui = new HeadlessTrainer([Matching]);

        ui.Press(Key.P, Key.A, Key.B, Key.Enter);

        Assert.Contains("✘ Incorrect", ui.Screen);
        Assert.Contains("RHIT → B) AHIMA; CPC → A) AAPC", ui.Screen);
    }

    [Fact]
    public void Backspace_takes_the_last_letter_back()
    {
        using var ui = new HeadlessTrainer([Matching]);

        ui.Press(Key.P, Key.A, Key.Backspace, Key.B, Key.A, Key.Enter);

        Assert.Contains("✔ Correct", ui.Screen);
    }

    [Fact]
    public void A_numerical_question_takes_a_typed_number_within_the_tolerance()
    {
        using var ui = new HeadlessTrainer([Numerical]);

        ui.Press(Key.P, Key.D1, Key.D9, Key.D2, Key.D7, Key.Enter);

        Assert.Contains("✔ Correct", ui.Screen);
    }

    [Fact]
    public void A_wrong_number_shows_the_accepted_value_and_tolerance()
    {
        using var ui = new HeadlessTrainer([Numerical]);

        ui.Press(Key.P, Key.D1, Key.D9, Key.D0, Key.D0, Key.Enter);

        Assert.Contains("Accepted answer: 1928 (±2)", ui.Screen);
    }

    [Fact]
    public void Returning_to_an_answered_matching_item_in_an_exam_shows_the_letters_given()
    {
        using var ui = new HeadlessTrainer([Matching, Numerical]);
        ui.Press(Key.E);
        Assert.Contains("Exam · item 1/2", ui.Screen);
        Assert.Contains("RHIT", ui.Screen);

        ui.Press(Key.B, Key.A, Key.Enter);
        Assert.Contains("Exam · item 2/2", ui.Screen);
        ui.Press(Key.Esc, Key.CursorLeft, Key.Enter);

        Assert.Contains("Exam · item 1/2", ui.Screen);
        Assert.Contains("1  [B] RHIT", ui.Screen);
        Assert.Contains("2  [A] CPC", ui.Screen);
    }
}
