using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class ExamGridAndEntryTests
{
    private static Question Mc(string id) =>
        new(id, QuestionKind.MultipleChoice, $"Question {id}?", ["Right", "Wrong A", "Wrong B", "Wrong C"], ["Right"]) { Topic = "Coding" };

    private static readonly Question Cloze = new("C-1", QuestionKind.Cloze, "The credential AHIMA awards is the _____.", [], ["RHIT"]) { Topic = "Coding" };

    [Fact]
    public void The_grid_tells_a_flagged_answered_item_from_a_flagged_unanswered_one()
    {
        using var ui = new HeadlessTrainer([Mc("q1"), Mc("q2"), Mc("q3")]);
        ui.Press(Key.E);

        // Item 1 answered and then flagged; item 2 flagged without an answer.
        ui.Press(Key.D1, Key.CursorLeft, Key.F.WithCtrl, Key.CursorRight, Key.F.WithCtrl, Key.Esc);

        Assert.Contains("1✓⚑", ui.Screen);
        Assert.Contains("2·⚑", ui.Screen);
        Assert.Contains("3·", ui.Screen);
    }

    [Fact]
    public void A_typed_answer_longer_than_the_screen_shows_its_end_where_the_typing_is()
    {
        using var ui = new HeadlessTrainer([Cloze], width: 40, height: 12);
        ui.Press(Key.P);

        ui.Type("registered health information technician credential");

        Assert.Contains("credential_", ui.Screen);
        Assert.Contains("Your answer: …", ui.Screen);
    }
}
