using HitQuiz.Questions;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class TrainerTests
{
    private static Question Mc(string id, string section = "Educational Requirements") =>
        new(id, QuestionKind.MultipleChoice, $"Which body accredits programs ({id})?", ["CAHIIM", "AHIMA", "BLS"], ["CAHIIM"])
        {
            Source = new SourceReference("sources/doc.txt", section),
            Explanation = "Programs should be accredited by CAHIIM.",
        };

    [Fact]
    public void The_menu_shows_the_learner_totals_and_key_hints()
    {
        using var ui = new HeadlessTrainer([Mc("a")]);

        Assert.Contains("Learner: ana", ui.Screen);
        Assert.Contains("Answered so far: none yet", ui.Screen);
        Assert.Contains("P  Practice", ui.Screen);
        Assert.Contains("E  Exam simulation", ui.Screen);
        Assert.Contains("Estimated score today:", ui.Screen);
        Assert.Contains("F1 Help", ui.Screen);
    }

    [Fact]
    public void On_a_narrow_terminal_the_menu_wraps_each_description_under_its_action_and_keeps_the_key_hints()
    {
        using var ui = new HeadlessTrainer([Mc("a")], width: 60, height: 30);
        var rows = ui.Screen.Split('\n').Select(r => r.Trim('│', ' ')).ToList();

        Assert.DoesNotContain("…", ui.Screen);
        var exam = rows.FindIndex(r => r.StartsWith("E  Exam simulation", StringComparison.Ordinal));
        Assert.Equal("E  Exam simulation   timed, no feedback until you", rows[exam]);
        Assert.Equal("submit", rows[exam + 1]);
        Assert.StartsWith("C  Cram", rows[exam + 2]);
        Assert.Contains("Enter/P Practice", ui.Screen);
        Assert.Contains("Q Quit", ui.Screen);
    }

    [Fact]
    public void On_a_short_narrow_terminal_moving_to_a_wrapped_action_brings_its_whole_description_into_view()
    {
        using var ui = new HeadlessTrainer([Mc("a")], width: 60, height: 18);

        ui.Press(Key.CursorDown, Key.CursorDown, Key.CursorDown, Key.CursorDown, Key.CursorDown);

        var rows = ui.Screen.Split('\n').Select(r => r.Trim('│', ' ')).ToList();
        var statistics = rows.FindIndex(r => r.StartsWith("› S  Statistics", StringComparison.Ordinal));
        Assert.True(statistics >= 0, ui.Screen);
        Assert.Equal("forecast, weakest items", rows[statistics + 1]);
    }

    [Fact]
    public void Pressing_P_starts_a_session_showing_progress_and_numbered_options()
    {
        using var ui = new HeadlessTrainer([Mc("a"), Mc("b")]);

        ui.Press(Key.P);

        Assert.Contains("Practice · 1/2", ui.Screen);
        Assert.Contains("1  CAHIIM", ui.Screen);
        Assert.Contains("3  BLS", ui.Screen);
    }

    [Fact]
    public void A_number_key_answers_and_shows_the_verdict_and_the_source_section()
    {
        using var ui = new HeadlessTrainer([Mc("a")]);

        ui.Press(Key.Enter, Key.D1);

        Assert.Contains("✔ Correct", ui.Screen);
        Assert.Contains("Source: Educational Requirements", ui.Screen);
        Assert.Contains("The evidence sentence.", ui.Screen);
    }

    [Fact]
    public void A_wrong_letter_answer_shows_incorrect_with_the_right_answer()
    {
        using var ui = new HeadlessTrainer([Mc("a")]);

        ui.Press(Key.P, Key.B);

        Assert.Contains("✘ Incorrect", ui.Screen);
        Assert.Contains("Correct answer: 1  CAHIIM", ui.Screen);
    }

    [Fact]
    public void Every_answer_is_stored_before_the_verdict_is_shown()
    {
        using var ui = new HeadlessTrainer([Mc("a")]);

        ui.Press(Key.P, Key.D2);

        var stored = Assert.Single(ui.Store.Answers("ana"));
        Assert.Equal(("a", false), (stored.QuestionId, stored.Correct));
    }

    [Fact]
    public void After_the_last_answer_Enter_shows_the_summary_with_results_per_section()
    {
        using var ui = new HeadlessTrainer([Mc("a", "Educational Requirements"), Mc("b", "Job Outlook")]);

        ui.Press(Key.P, Key.D1, Key.Enter, Key.D2, Key.Enter);

        Assert.Contains("Session complete", ui.Screen);
        Assert.Contains("Score: 1/2 (50%)", ui.Screen);
        Assert.Contains("Job Outlook", ui.Screen);
    }

    [Fact]
    public void F1_shows_help_and_Esc_returns_to_the_same_screen()
    {
        using var ui = new HeadlessTrainer([Mc("a")]);

        ui.Press(Key.F1);
        Assert.Contains("Keys", ui.Screen);
        ui.Press(Key.Esc);

        Assert.Contains("Learner: ana", ui.Screen);
    }

    [Fact]
    public void Q_on_the_menu_quits()
    {
        using var ui = new HeadlessTrainer([Mc("a")]);

        ui.Press(Key.Q);

        Assert.True(ui.StopRequested);
    }

    [Fact]
    public void A_tiny_terminal_and_a_resize_never_crash()
    {
        using var ui = new HeadlessTrainer([Mc("a")], width: 20, height: 8);

        ui.Press(Key.P);
        ui.Resize(8, 3);
        ui.Press(Key.D1);
        ui.Resize(120, 40);

        Assert.Contains("Correct", ui.Screen);
    }

    [Fact]
    public void A_resize_storm_during_a_question_and_a_huge_terminal_never_crash()
    {
        using var ui = new HeadlessTrainer([Mc("a"), Mc("b")]);
        ui.Press(Key.P);
        var random = new Random(8);

        for (var i = 0; i < 200; i++)
        {
            ui.Resize(random.Next(1, 301), random.Next(1, 101));
        }

        ui.Resize(300, 100);
        ui.Press(Key.D1);
        Assert.Contains("Correct", ui.Screen);
    }
}
