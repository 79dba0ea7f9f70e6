using HitQuiz.Questions;
using HitQuiz.Scheduling;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class StudyModesTuiTests
{
    private static Question Mc(string id, string section) =>
        new(id, QuestionKind.MultipleChoice, $"Question {id}?", ["Right", "Wrong A", "Wrong B", "Wrong C"], ["Right"])
        {
            Source = new SourceReference("sources/doc.txt", section),
        };

    private static Question[] Bank(int n = 4) => [.. Enumerable.Range(1, n).Select(i => Mc($"q{i}", i % 2 == 0 ? "Coding" : "Privacy"))];

    [Fact]
    public void Saying_a_right_answer_was_a_guess_regrades_its_review_as_hard()
    {
        using var ui = new HeadlessTrainer(Bank(1));

        ui.Press(Key.P, Key.D1);
        Assert.Contains("A guess? Press G.", ui.Screen);
        ui.Press(Key.G);

        Assert.Contains("Marked as a guess", ui.Screen);
        Assert.Equal(Grade.Hard, Assert.Single(ui.Store.ReviewLogs("ana", "q1")).Grade);
        Assert.Equal(0, ui.Store.Cards("ana")["q1"].Step);
    }

    [Fact]
    public void A_wrong_answer_offers_no_regrading()
    {
        using var ui = new HeadlessTrainer(Bank(1));

        ui.Press(Key.P, Key.D2);

        Assert.DoesNotContain("A guess?", ui.Screen);
        Assert.Equal(Grade.Again, Assert.Single(ui.Store.ReviewLogs("ana", "q1")).Grade);
    }

    [Fact]
    public void Drilling_a_topic_asks_only_that_section()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.T);
        Assert.Contains("Coding (2)", ui.Screen);
        ui.Press(Key.D1);

        Assert.Contains("Topic · 1/2 · Coding", ui.Screen);
    }

    [Fact]
    public void Review_with_no_mistakes_says_there_is_nothing_to_review()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.R);

        Assert.Contains("Nothing to review", ui.Screen);
    }

    [Fact]
    public void An_exam_gives_no_feedback_and_shows_the_countdown()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.E);
        Assert.Contains("Exam · item 1/4", ui.Screen);
        Assert.Contains("left", ui.Screen);
        ui.Press(Key.D1);

        Assert.Contains("Exam · item 2/4", ui.Screen);
        Assert.DoesNotContain("Correct", ui.Screen);
    }

    [Fact]
    public void Flagged_items_show_in_the_review_grid_and_can_be_reopened()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.E, Key.F.WithCtrl, Key.Esc);
        Assert.Contains("0/4 answered · 1 flagged", ui.Screen);
        Assert.Contains("1·⚑", ui.Screen);
        ui.Press(Key.CursorRight, Key.Enter);

        Assert.Contains("Exam · item 2/4", ui.Screen);
    }

    [Fact]
    public void Submitting_shows_the_report_per_section_and_feeds_the_scheduler()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.E, Key.D1, Key.D1, Key.D2, Key.S.WithCtrl, Key.Y);

        Assert.Contains("Exam submitted", ui.Screen);
        Assert.Contains("Score: 2/4", ui.Screen);
        Assert.Contains("Coding", ui.Screen);
        Assert.Equal(3, ui.Store.Cards("ana").Count);
        Assert.Equal(4, ui.Store.Answers("ana").Count);
    }

    [Fact]
    public void Each_exam_answer_is_kept_as_it_is_given_and_the_keeping_ends_at_submission()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.E, Key.D1, Key.D1);
        Assert.Equal(2, Assert.Single(ui.Store.ExamDrafts("ana")).Answers.Count);
        Assert.Empty(ui.Store.Answers("ana"));

        ui.Press(Key.S.WithCtrl, Key.Y);
        Assert.Empty(ui.Store.ExamDrafts("ana"));
        Assert.Equal(4, ui.Store.Answers("ana").Count);
    }

    [Fact]
    public void Quitting_mid_exam_stores_the_answers_given_and_leaves_no_exam_in_progress()
    {
        using var ui = new HeadlessTrainer(Bank());
        ui.Press(Key.E, Key.D1);

        ui.Trainer.Close();

        Assert.Single(ui.Store.Answers("ana"));
        Assert.Empty(ui.Store.ExamDrafts("ana"));
    }

    [Fact]
    public void When_time_runs_out_the_exam_is_submitted_by_itself()
    {
        using var ui = new HeadlessTrainer(Bank());
        ui.Press(Key.E, Key.D1);

        ui.Clock.Advance(TimeSpan.FromHours(1));
        ui.Tick();

        Assert.Contains("Time is up: the exam was submitted", ui.Screen);
        Assert.Contains("Score: 1/4", ui.Screen);
    }

    [Fact]
    public void After_the_report_every_item_can_be_walked_through_with_its_explanation()
    {
        using var ui = new HeadlessTrainer(Bank(2));

        ui.Press(Key.E, Key.D2, Key.S.WithCtrl, Key.Y, Key.Enter);

        Assert.Contains("Exam review · item 1/2", ui.Screen);
        Assert.Contains("✘ Incorrect", ui.Screen);
        Assert.Contains("Source:", ui.Screen);
        ui.Press(Key.Enter);
        Assert.Contains("not answered", ui.Screen);
    }

    [Fact]
    public void On_a_narrow_screen_the_review_says_an_item_was_not_answered_before_its_section()
    {
        using var ui = new HeadlessTrainer(Bank(2), width: 44);

        ui.Press(Key.E, Key.D2, Key.S.WithCtrl, Key.Y, Key.Enter, Key.Enter);

        Assert.Contains("Exam review · item 2/2 · not answered", ui.Screen);
    }

    [Fact]
    public void Setting_an_exam_date_shows_readiness_on_that_day()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.D);
        ui.Type("2026-12-15");
        ui.Press(Key.Enter);

        Assert.Contains("on 2026-12-15:", ui.Screen);
        Assert.Equal(new DateOnly(2026, 12, 15), ui.Store.ExamDate("ana"));
    }

    [Fact]
    public void A_mistyped_exam_date_is_refused_with_an_example()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.D);
        ui.Type("15/12/2026");
        ui.Press(Key.Enter);

        Assert.Contains("is not a date like 2026-12-15", ui.Screen);
    }

    [Fact]
    public void An_exam_date_that_has_passed_is_refused()
    {
        using var ui = new HeadlessTrainer(Bank());

        ui.Press(Key.D);
        ui.Type("2026-10-15");
        ui.Press(Key.Enter);

        Assert.Contains("2026-10-15 has passed; give the date of your exam, today or later.", ui.Screen);
        Assert.Null(ui.Store.ExamDate("ana"));
    }

    [Fact]
    public void Once_the_exam_date_has_passed_the_menu_says_so_and_cram_asks_for_a_new_one()
    {
        using var ui = new HeadlessTrainer(Bank());
        ui.Press(Key.D);
        ui.Type("2026-11-03");
        ui.Press(Key.Enter);

        ui.Clock.Advance(TimeSpan.FromDays(5));
        ui.Press(Key.S, Key.Esc);

        // The line wraps in 80 columns: read the screen as running text.
        // The line wraps in 80 columns: read the screen as running text.
        Assert.Contains("exam date 2026-11-03 has passed (D sets another)", System.Text.RegularExpressions.Regex.Replace(ui.Screen, @"(\s*│\s*)+", " "));
        ui.Press(Key.C);
        Assert.Contains("When is your exam?", ui.Screen);
    }

    [Fact]
    public void Adding_a_learner_switches_to_their_own_totals()
    {
        using var ui = new HeadlessTrainer(Bank());
        ui.Press(Key.P, Key.D1, Key.Q, Key.Enter);

        ui.Press(Key.L, Key.D2);
        ui.Type("Ben");
        ui.Press(Key.Enter);

        Assert.Contains("Learner: Ben", ui.Screen);
        Assert.Contains("Answered so far: none yet", ui.Screen);
    }

    [Fact]
    public void The_farewell_names_the_learner_switched_to_even_without_answers()
    {
        using var ui = new HeadlessTrainer(Bank());
        ui.Press(Key.P, Key.D1, Key.Q, Key.Enter);

        ui.Press(Key.L, Key.D2);
        ui.Type("Ben");
        ui.Press(Key.Enter);

        Assert.Equal("HitQuiz: Ben has no answers recorded yet.", ui.Trainer.Farewell());
    }

    [Fact]
    public void The_farewell_names_the_learner_with_their_totals()
    {
        using var ui = new HeadlessTrainer(Bank());
        ui.Press(Key.P, Key.D1, Key.Q, Key.Enter);

        Assert.Matches(@"^HitQuiz: ana has answered 1 question, \d+% correct\.$", ui.Trainer.Farewell());
    }

    [Fact]
    public void A_learner_name_longer_than_a_screen_line_can_show_is_refused_and_the_learner_stays()
    {
        using var ui = new HeadlessTrainer(Bank());
        ui.Press(Key.P, Key.D1, Key.Q, Key.Enter);

        ui.Press(Key.L, Key.D2);
        ui.Type(string.Concat(Enumerable.Repeat("Benjamin ", 8)));
        ui.Press(Key.Enter);

        Assert.Contains("A learner's name is at most 64 characters.", ui.Screen);
        ui.Press(Key.Esc);
        Assert.Contains("Learner: ana", ui.Screen);
    }

    [Fact]
    public void S_on_the_menu_opens_the_statistics_with_the_due_forecast_and_Esc_returns()
    {
        using var ui = new HeadlessTrainer(Bank());
        ui.Press(Key.P, Key.D1, Key.Enter, Key.D2, Key.Q, Key.Enter);

        ui.Press(Key.S);
        Assert.Contains("Statistics", ui.Screen);
        Assert.Contains("Coding", ui.Screen);
        ui.Press(Key.Esc);

        Assert.Contains("Learner: ana", ui.Screen);
    }
}
