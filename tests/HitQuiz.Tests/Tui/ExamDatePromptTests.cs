using HitQuiz.Questions;
using HitQuiz.Storage;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class ExamDatePromptTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateOnly SetDate = new(2030, 11, 29);

    private static readonly Question[] Bank =
    [
        new("a", QuestionKind.MultipleChoice, "Which body accredits programs?", ["CAHIIM", "AHIMA", "BLS"], ["CAHIIM"])
        {
            Source = new SourceReference("sources/doc.txt", "Education"),
        },
    ];

    private static HeadlessTrainer WithExamDate(QuizStore store)
    {
        store.SetExamDate("ana", SetDate, Now);
        var ui = new HeadlessTrainer(Bank, width: 100, store: store);
        ui.Press(Key.D);
        return ui;
    }

    [Fact]
    public void The_exam_date_prompt_shows_the_date_already_set_and_how_to_keep_or_clear_it()
    {
        using var store = QuizStore.OpenInMemory();
        using var ui = WithExamDate(store);

        Assert.Contains("> 2030-11-29", ui.Screen);
        Assert.Contains("Enter keeps it", ui.Screen);
        Assert.Contains("none clears it", ui.Screen);
    }

    [Fact]
    public void Enter_on_the_exam_date_prompt_keeps_the_date_already_set()
    {
        using var store = QuizStore.OpenInMemory();
        using var ui = WithExamDate(store);

        ui.Press(Key.Enter);

        Assert.Equal(SetDate, ui.Store.ExamDate("ana"));
        Assert.Contains("on 2030-11-29:", ui.Screen);
    }

    [Fact]
    public void An_emptied_exam_date_field_keeps_the_date_instead_of_clearing_it()
    {
        using var store = QuizStore.OpenInMemory();
        using var ui = WithExamDate(store);

        ui.Press([.. Enumerable.Repeat(Key.Backspace, 10)]);
        ui.Press(Key.Enter);

        Assert.Equal(SetDate, ui.Store.ExamDate("ana"));
    }

    [Fact]
    public void Typing_a_new_exam_date_replaces_the_one_shown()
    {
        using var store = QuizStore.OpenInMemory();
        using var ui = WithExamDate(store);

        ui.Type("2026-12-15");
        ui.Press(Key.Enter);

        Assert.Equal(new DateOnly(2026, 12, 15), ui.Store.ExamDate("ana"));
    }

    [Fact]
    public void The_date_shown_can_be_edited_in_place()
    {
        using var store = QuizStore.OpenInMemory();
        using var ui = WithExamDate(store);

        ui.Press(Key.Backspace, Key.Backspace);
        ui.Type("30");
        ui.Press(Key.Enter);

        Assert.Equal(new DateOnly(2030, 11, 30), ui.Store.ExamDate("ana"));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("-")]
    public void Clearing_the_exam_date_is_deliberate(string typed)
    {
        using var store = QuizStore.OpenInMemory();
        using var ui = WithExamDate(store);

        ui.Type(typed);
        ui.Press(Key.Enter);

        Assert.Null(ui.Store.ExamDate("ana"));
        Assert.DoesNotContain("2030-11-29", ui.Screen);
    }

    [Fact]
    public void A_date_that_has_passed_is_named_but_not_offered_to_keep()
    {
        using var store = QuizStore.OpenInMemory();
        store.SetExamDate("ana", new DateOnly(2026, 11, 3), Now);
        using var ui = new HeadlessTrainer(Bank, width: 100, store: store);
        ui.Clock.Advance(TimeSpan.FromDays(5));

        ui.Press(Key.D);

        Assert.Contains("The date set, 2026-11-03, has passed; none clears it.", ui.Screen);
        Assert.DoesNotContain("> 2026-11-03", ui.Screen);
    }
}
