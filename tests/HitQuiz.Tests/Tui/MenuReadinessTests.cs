using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Storage;

namespace HitQuiz.Tests.Tui;

public sealed class MenuReadinessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Scheduler Fsrs = new(new SchedulerOptions { EnableFuzzing = false });

    private static Question Mc(string id, string section) =>
        new(id, QuestionKind.MultipleChoice, $"Which body accredits programs ({id})?", ["CAHIIM", "AHIMA", "BLS"], ["CAHIIM"])
        {
            Source = new SourceReference("sources/doc.txt", section),
        };

    private static readonly Question[] Bank = [Mc("a1", "Alpha"), Mc("b1", "Beta"), Mc("c1", "Gamma"), Mc("d1", "Delta")];

    private static void Review(QuizStore store, string question, Grade grade, DateTimeOffset at)
    {
        var (card, log) = Fsrs.Review(store.Cards("ana").GetValueOrDefault(question) ?? new Card(), grade, at);
        store.RecordReview(Answers.Of("ana", question, grade != Grade.Again, at), card, log);
    }

    [Fact]
    public void The_menu_lists_the_weakest_sections_started_and_counts_those_not_started()
    {
        using var store = QuizStore.OpenInMemory();
        Review(store, "a1", Grade.Easy, Now.AddDays(-2));
        Review(store, "b1", Grade.Again, Now.AddDays(-6));

        using var ui = new HeadlessTrainer(Bank, width: 100, store: store);

        Assert.Matches(@"Weakest sections: Beta \d+% · Alpha \d+%", ui.Screen);
        Assert.DoesNotContain("Gamma", ui.Screen);
        Assert.Contains("Not started: 2 of 4 sections (T drills one)", ui.Screen);
    }

    [Fact]
    public void With_an_exam_date_the_weakest_sections_are_those_weakest_on_that_date()
    {
        using var store = QuizStore.OpenInMemory();
        Review(store, "a1", Grade.Good, Now.AddDays(-1));
        store.SetExamDate("ana", new DateOnly(2026, 12, 15), Now);

        using var ui = new HeadlessTrainer(Bank, width: 100, store: store);

        Assert.Matches(@"Weakest sections on the exam date: Alpha \d+%", ui.Screen);
    }

    [Fact]
    public void On_the_exam_day_the_menu_shows_one_estimate_not_the_same_figure_twice()
    {
        using var store = QuizStore.OpenInMemory();
        Review(store, "a1", Grade.Good, Now.AddDays(-1));
        store.SetExamDate("ana", DateOnly.FromDateTime(Now.Date), Now);

        using var ui = new HeadlessTrainer(Bank, width: 100, store: store);

        Assert.Matches(@"Estimated score today \(your exam date\): \d+%", ui.Screen);
        Assert.DoesNotContain("· on 2026-11-01", ui.Screen);
    }

    [Fact]
    public void A_distant_exam_date_is_never_estimated_below_the_guessing_chance()
    {
        using var store = QuizStore.OpenInMemory();
        Review(store, "a1", Grade.Again, Now.AddDays(-1));
        store.SetExamDate("ana", new DateOnly(9999, 12, 31), Now);

        using var ui = new HeadlessTrainer(Bank, width: 100, store: store);

        var match = System.Text.RegularExpressions.Regex.Match(ui.Screen, @"on 9999-12-31: (\d+)%");
        Assert.True(match.Success, ui.Screen);
        Assert.InRange(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 25, 100);
        Assert.Matches(@"Weakest sections on the exam date: Alpha (2[5-9]|[3-9]\d|100)%", ui.Screen);
    }

    [Fact]
    public void Weakest_sections_that_do_not_fit_on_one_line_are_never_split_from_their_estimate()
    {
        Question[] bank = [Mc("a1", "Health information technician job description"), Mc("b1", "Health Information Technicians: A Quick Look"), Mc("c1", "Alternative Job Titles")];
        using var store = QuizStore.OpenInMemory();
        Review(store, "a1", Grade.Again, Now.AddDays(-3));
        Review(store, "b1", Grade.Hard, Now.AddDays(-3));
        Review(store, "c1", Grade.Good, Now.AddDays(-3));

        using var ui = new HeadlessTrainer(bank, width: 80, store: store);

        Assert.Matches(@"Weakest sections: Health information technician job description \d+%", ui.Screen);
        Assert.Matches(@"Health Information Technicians: A Quick Look \d+%", ui.Screen);
        Assert.Matches(@"Alternative Job Titles \d+%", ui.Screen);
    }

    [Fact]
    public void A_new_learner_is_told_no_section_is_started_instead_of_a_list_of_guesses()
    {
        using var ui = new HeadlessTrainer(Bank, width: 100);

        Assert.DoesNotContain("Weakest sections", ui.Screen);
        Assert.Contains("Not started: all 4 sections", ui.Screen);
    }

    [Fact]
    public void A_bank_of_one_section_lists_no_sections()
    {
        using var ui = new HeadlessTrainer([Mc("a1", "Alpha"), Mc("a2", "Alpha")], width: 100);

        Assert.DoesNotContain("sections", ui.Screen);
    }
}
