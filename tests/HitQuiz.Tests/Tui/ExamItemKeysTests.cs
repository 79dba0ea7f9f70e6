using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

/// <summary>The exam's keys on every item kind: moving, flagging, the grid, submitting and leaving.</summary>
public sealed class ExamItemKeysTests
{
    private static readonly Question Matching = new("M-1", QuestionKind.Matching, "Match each credential with its body.", ["RHIT", "CPC"], ["AHIMA", "AAPC"])
    {
        Choices = ["AAPC", "AHIMA", "CAHIIM"],
        Topic = "Coding",
    };

    private static Question Number(string id) => new(id, QuestionKind.Numerical, $"Question {id}: in which year was AHIMA founded?", [], ["1928:2"]) { Topic = "History" };

    private static Question Mc(string id) =>
        new(id, QuestionKind.MultipleChoice, $"Question {id}?", ["Right", "Wrong A", "Wrong B", "Wrong C"], ["Right"]) { Topic = "Coding" };

    private static readonly Question TrueFalse = new("TF-1", QuestionKind.TrueFalse, "AHIMA awards the RHIT.", ["True", "False"], ["True"]) { Topic = "Coding" };

    [Fact]
    public void In_an_exam_the_arrows_move_between_items_from_a_typed_item()
    {
        using var ui = new HeadlessTrainer([Number("N-1"), Number("N-2"), Number("N-3")]);
        ui.Press(Key.E);

        ui.Press(Key.CursorRight);
        Assert.Contains("Exam · item 2/3", ui.Screen);
        ui.Press(Key.CursorLeft, Key.CursorLeft);
        Assert.Contains("Exam · item 3/3", ui.Screen);
    }

    [Fact]
    public void In_an_exam_the_arrows_move_between_items_from_a_matching_item()
    {
        using var ui = new HeadlessTrainer([Matching, Number("N-1")]);
        ui.Press(Key.E);
        Assert.Contains("RHIT", ui.Screen);

        ui.Press(Key.CursorRight);

        Assert.Contains("Exam · item 2/2", ui.Screen);
    }

    [Fact]
    public void In_an_exam_F_and_S_are_letters_of_a_typed_answer_and_Ctrl_F_flags_the_item()
    {
        using var ui = new HeadlessTrainer([Number("N-1"), Number("N-2")]);
        ui.Press(Key.E);

        ui.Type("fs");
        ui.Press(Key.F.WithCtrl);

        Assert.Contains("Exam · item 1/2", ui.Screen);
        Assert.Contains("⚑ flagged", ui.Screen);
        Assert.Contains("Your answer: fs_", ui.Screen);
    }

    [Fact]
    public void In_an_exam_Ctrl_S_asks_to_submit_from_a_matching_item()
    {
        using var ui = new HeadlessTrainer([Matching, Number("N-1")]);
        ui.Press(Key.E);

        ui.Press(Key.S.WithCtrl);

        Assert.Contains("Submit the exam?", ui.Screen);
    }

    [Fact]
    public void In_an_exam_Enter_on_an_empty_typed_answer_moves_to_the_next_item()
    {
        using var ui = new HeadlessTrainer([Number("N-1"), Number("N-2")]);
        ui.Press(Key.E);

        ui.Press(Key.Enter);

        Assert.Contains("Exam · item 2/2", ui.Screen);
        Assert.Empty(ui.Store.ExamDrafts("ana").SelectMany(d => d.Answers));
    }

    [Fact]
    public void A_typed_answer_left_by_moving_away_is_kept_as_the_items_answer()
    {
        using var ui = new HeadlessTrainer([Number("N-1"), Number("N-2")]);
        ui.Press(Key.E);

        ui.Type("1928");
        ui.Press(Key.CursorRight, Key.CursorLeft);

        Assert.Contains("Exam · item 1/2", ui.Screen);
        Assert.Contains("Your answer: 1928_", ui.Screen);
        Assert.Single(Assert.Single(ui.Store.ExamDrafts("ana")).Answers);
    }

    [Fact]
    public void Exam_time_out_keeps_the_typed_answer()
    {
        using var ui = new HeadlessTrainer([Number("N-1"), Number("N-2")]);
        ui.Press(Key.E);
        ui.Type("1928");

        ui.Clock.Advance(TimeSpan.FromHours(4));
        ui.Tick();

        Assert.Contains("Time is up: the exam was submitted", ui.Screen);
        Assert.Contains("Score: 1/2", ui.Screen);
        var answer = ui.Store.Answers("ana").Single(a => a.QuestionId == "N-1");
        Assert.Equal(["1928"], answer.Chosen);
        Assert.True(answer.Correct);
    }

    [Fact]
    public void Exam_time_out_keeps_the_typed_answer_when_the_screen_redrew_after_the_deadline()
    {
        using var ui = new HeadlessTrainer([Number("N-1"), Number("N-2")]);
        ui.Press(Key.E);
        ui.Type("1928");

        // The countdown redraws before the next tick notices that time is up.
        ui.Clock.Advance(TimeSpan.FromHours(4));
        ui.Press(Key.F.WithCtrl);
        ui.Tick();

        Assert.Contains("Score: 1/2", ui.Screen);
    }

    [Fact]
    public void Exam_time_out_does_not_take_typed_text_that_is_not_a_number_for_a_numerical_item()
    {
        using var ui = new HeadlessTrainer([Number("N-1"), Number("N-2")]);
        ui.Press(Key.E);
        ui.Type("about");

        ui.Clock.Advance(TimeSpan.FromHours(4));
        ui.Tick();

        Assert.Contains("Score: 0/2", ui.Screen);
        Assert.Empty(ui.Store.Answers("ana").Single(a => a.QuestionId == "N-1").Chosen);
    }

    [Fact]
    public void A_typed_answer_left_for_the_grid_is_still_there_on_coming_back()
    {
        using var ui = new HeadlessTrainer([Number("N-1"), Number("N-2")]);
        ui.Press(Key.E);

        ui.Type("about 1928");
        ui.Press(Key.Esc, Key.Enter);

        Assert.Contains("Your answer: about 1928_", ui.Screen);
    }

    [Fact]
    public void A_partly_matched_item_keeps_its_letters_when_the_learner_comes_back()
    {
        using var ui = new HeadlessTrainer([Matching, Number("N-1")]);
        ui.Press(Key.E);

        ui.Press(Key.B, Key.CursorRight, Key.CursorLeft);

        Assert.Contains("1  [B] RHIT", ui.Screen);
    }

    [Fact]
    public void In_an_exam_T_and_F_answer_a_true_false_item()
    {
        using var ui = new HeadlessTrainer([TrueFalse]);
        ui.Press(Key.E);
        Assert.Contains("AHIMA awards the RHIT.", ui.Screen);

        ui.Press(Key.F);

        Assert.False(Assert.Single(Assert.Single(ui.Store.ExamDrafts("ana")).Answers).Correct);
    }

    [Fact]
    public void Q_in_the_grid_asks_to_leave_and_leaving_keeps_the_answers_and_says_the_exam_was_cut_short()
    {
        using var ui = new HeadlessTrainer([Mc("q1"), Mc("q2"), Mc("q3")]);
        ui.Press(Key.E, Key.D1, Key.Esc, Key.Q);
        Assert.Contains("Leave the exam?", ui.Screen);
        Assert.Contains("Your 1 answer is kept; the exam is not scored.", ui.Screen);

        ui.Press(Key.Y);

        Assert.Contains("ana's exam on 2026-11-01", ui.Screen);
        Assert.Contains("was cut short; its 1 answer was saved.", ui.Screen);
        Assert.Single(ui.Store.Answers("ana"));
        Assert.Empty(ui.Store.ExamDrafts("ana"));
    }

    [Fact]
    public void Enter_on_the_leave_question_stays_in_the_exam()
    {
        using var ui = new HeadlessTrainer([Mc("q1"), Mc("q2")]);
        ui.Press(Key.E, Key.D1, Key.Esc, Key.Q, Key.Enter);

        Assert.Contains("Review grid", ui.Screen);
        Assert.Empty(ui.Store.Answers("ana"));
    }

    [Fact]
    public void Quitting_mid_exam_says_on_leaving_that_the_exam_was_cut_short()
    {
        using var ui = new HeadlessTrainer([Mc("q1"), Mc("q2")]);
        ui.Press(Key.E, Key.D1);

        ui.Trainer.Close();

        Assert.Contains("was cut short; its 1 answer was saved.", ui.Trainer.Farewell());
    }

    [Fact]
    public void Enter_does_not_submit_an_exam_with_unanswered_items()
    {
        using var ui = new HeadlessTrainer([Mc("q1"), Mc("q2")]);
        ui.Press(Key.E, Key.D1, Key.S.WithCtrl);
        Assert.Contains("1 unanswered", ui.Screen);

        ui.Press(Key.Enter);

        Assert.DoesNotContain("Exam submitted", ui.Screen);
        Assert.Empty(ui.Store.Answers("ana"));
    }

    [Fact]
    public void Enter_submits_an_exam_with_every_item_answered()
    {
        using var ui = new HeadlessTrainer([Mc("q1"), Mc("q2")]);
        ui.Press(Key.E, Key.D1, Key.D1, Key.S.WithCtrl, Key.Enter);

        Assert.Contains("Exam submitted", ui.Screen);
    }

    public static TheoryData<string> ItemKinds => ["match", "num", "tf", "multi", "twelve"];

    [Theory]
    [MemberData(nameof(ItemKinds))]
    public void Every_exam_items_key_hints_fit_an_80_column_terminal(string kind)
    {
        Question item = kind switch
        {
            "match" => Matching,
            "num" => Number("N-1"),
            "tf" => TrueFalse,
            "multi" => new("MR-1", QuestionKind.MultipleResponse, "Which two?", ["RHIT", "RHIA", "CPC", "CCS-P"], ["RHIT", "RHIA"]) { Topic = "Coding" },
            _ => new("MC-12", QuestionKind.MultipleChoice, "Which one?", [.. Enumerable.Range(1, 12).Select(i => $"Option {i}")], ["Option 10"]) { Topic = "Coding" },
        };
        using var ui = new HeadlessTrainer([item], width: 80);

        ui.Press(Key.E);

        Assert.Contains("Ctrl+S Submit │ Esc Grid", ui.Screen);
    }
}
