using HitQuiz.Scheduling;
using HitQuiz.Storage;

namespace HitQuiz.Tests.Cli;

public sealed class PlainStudyModeTests
{
    private static string[] Study(TestBank bank, string mode, params string[] more) =>
        bank.Args(["practice", "--plain", "--mode", mode, "--seed", "1", .. more]);

    [Fact]
    public void Practice_says_how_many_items_are_due_today_and_how_many_are_new()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "practice"), "");

        Assert.Contains("0 due today · 3 new", run.Output);
        Assert.Contains("Estimated score today: 25% (an estimate", run.Output);
    }

    [Fact]
    public void Practice_with_an_exam_date_also_estimates_the_score_on_that_day()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "practice", "--exam-date", "2027-01-15"), "");

        Assert.Contains("Estimated score on 2027-01-15: 25% (an estimate", run.Output);
    }

    [Fact]
    public void Practice_on_the_exam_day_gives_one_estimate_not_the_same_figure_twice()
    {
        using var bank = new TestBank();
        var today = CliRun.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var run = CliRun.Of(Study(bank, "practice", "--exam-date", today), "");

        Assert.Contains("Estimated score today (your exam date): 25% (an estimate", run.Output);
        Assert.DoesNotContain($"Estimated score on {today}", run.Output);
    }

    [Fact]
    public void The_prompt_says_how_to_mark_a_guess_or_an_easy_answer()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "practice", "--count", "1"), "");

        Assert.Contains("add h if you guessed, e if it was easy", run.Output);
    }

    [Theory]
    [InlineData("1", Grade.Good)]
    [InlineData("1 e", Grade.Easy)]
    [InlineData("a h", Grade.Hard)]
    [InlineData("2 e", Grade.Again)]
    public void Every_practice_answer_is_graded_and_scheduled(string line, Grade grade)
    {
        using var bank = new TestBank();

        CliRun.Of(Study(bank, "practice", "--count", "1"), line + "\n");

        using var store = QuizStore.Open(bank.Db);
        Assert.Equal(grade, Assert.Single(store.ReviewLogs("ana", "T-1")).Grade);
        Assert.Contains("T-1", store.Cards("ana").Keys);
    }

    [Fact]
    public void A_typed_answer_ending_in_slash_h_is_a_correct_guess()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "practice", "--count", "3"), "1\nf\nstatistics /h\n");

        Assert.Contains("Score: 3/3", run.Output);
        using var store = QuizStore.Open(bank.Db);
        Assert.Equal(Grade.Hard, Assert.Single(store.ReviewLogs("ana", "T-3")).Grade);
    }

    [Fact]
    public void Review_asks_only_what_was_answered_wrong()
    {
        using var bank = new TestBank();
        CliRun.Of(Study(bank, "practice", "--count", "3"), "1\nt\nstatistics\n");

        var run = CliRun.Of(Study(bank, "review"), "");

        Assert.Contains("HitQuiz review · learner ana · 1 question\n", run.Output);
        Assert.Contains("Jobs are expected to shrink", run.Output);
    }

    [Fact]
    public void Review_with_nothing_weak_says_so()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "review"), "");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nothing to review", run.Output);
    }

    [Fact]
    public void Topic_drills_only_the_named_section()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "topic", "--topic", "job outlook"), "f\n");

        Assert.Contains("Question 1/1 · Job Outlook", run.Output);
        Assert.Contains("Score: 1/1", run.Output);
    }

    [Fact]
    public void A_topic_drill_names_the_sections_its_topic_matched()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "topic", "--topic", "o"), "");

        Assert.Contains("Topic \"o\" matches: Educational Requirements; Job Outlook", run.Output);
    }

    [Fact]
    public void A_topic_that_matches_nothing_lists_the_sections()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "topic", "--topic", "coding"), "");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No questions match \"coding\". Sections: Educational Requirements; Job Outlook", run.Output);
    }

    [Theory]
    [InlineData("topic", "--mode topic needs --topic NAME.")]
    [InlineData("cram", "--mode cram needs --exam-date YYYY-MM-DD.")]
    public void A_mode_without_what_it_needs_is_refused(string mode, string message)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, mode), "");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Theory]
    [InlineData("0", "--minutes must be at least 1.")]
    [InlineData("1441", "--minutes must be at most 1440 (a day).")]
    public void An_exam_length_outside_a_day_is_refused(string minutes, string message)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args(["practice", "--plain", "--mode", "exam", "--minutes", minutes]), "");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_whose_questions_are_generated_at_start_is_named_on_standard_error_once()
    {
        using var bank = new TestBank();
        using var cache = new HitQuiz.Tests.Loading.TempFolder();
        var env = new Dictionary<string, string> { ["HITQUIZ_CACHE"] = cache.Root };
        string[] args = bank.ArgsWithGenerated("practice", "--plain", "-n", "1");

        var first = CliRun.Of(args, "q\n", env);
        var second = CliRun.Of(args, "q\n", env);

        Assert.Contains("Generating questions from sources/careers.txt (once for each version of it) ...", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Generating", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bank_still_loading_after_a_moment_is_named_on_standard_error()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args(["practice", "--plain", "-n", "1"]), new StringReader("q\n"), new WorkOutlastsEveryTimer());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Loading the questions in {bank.Questions} ...", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bank_that_loads_at_once_says_nothing_about_loading()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args(["practice", "--plain", "-n", "1"]), "q\n");

        Assert.DoesNotContain("Loading", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exam_date_that_has_passed_is_refused()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "cram", "--exam-date", "2026-10-31"), "");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--exam-date: 2026-10-31 has passed; give the date of your exam, today or later.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_learner_name_is_refused(string name)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(["practice", "--plain", "--questions", bank.Questions, "--db", bank.Db, "--learner", name], "");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--learner needs a name; leave it out to study as your user name.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ben\tLee", "--learner: a learner's name cannot hold tabs, line breaks or other control characters.")]
    [InlineData("\u001b[2JBen", "--learner: a learner's name cannot hold tabs, line breaks or other control characters.")]
    [InlineData("Benjamin Lee Benjamin Lee Benjamin Lee Benjamin Lee Benjamin Lee Benjamin Lee", "--learner: a learner's name is at most 64 characters.")]
    public void A_learner_name_that_would_garble_screens_and_reports_is_refused_in_one_line(string name, string message)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(["practice", "--plain", "--questions", bank.Questions, "--db", bank.Db, "--learner", name], "");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"hitquiz: {message} (see 'hitquiz practice --help')", run.Error.Trim());
    }

    [Theory]
    [InlineData("--count", "x", "--count takes a whole number, like 10; \"x\" is not one.")]
    [InlineData("--minutes", "1.5h", "--minutes takes a whole number, like 90; \"1.5h\" is not one.")]
    [InlineData("--seed", "abc", "--seed takes a whole number, like 42; \"abc\" is not one.")]
    [InlineData("--exam-date", "15/12/2026", "--exam-date takes a date like 2026-12-15; \"15/12/2026\" is not one.")]
    public void A_value_that_cannot_be_read_says_what_was_expected_in_words(string option, string value, string message)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args(["practice", "--plain", "--mode", "exam", option, value]), "");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
    }

    // Numbers and dates that cannot be read are covered above, in words.
    [Theory]
    [InlineData("bogus")]
    [InlineData("Exam")]
    public void A_mode_that_is_not_one_of_the_five_is_refused_with_a_message_not_a_crash(string mode)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args(["practice", "--plain", "--mode", mode]), "");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"'{mode}'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cram_estimates_the_score_on_the_exam_date()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Study(bank, "cram", "--exam-date", "2026-12-01"), "");

        Assert.Contains("Estimated score on 2026-12-01: 25% (an estimate", run.Output);
        Assert.Contains("3 unseen counted at 25%", run.Output);
    }

    [Fact]
    public void Cram_answers_are_stored_but_leave_the_cards_and_review_log_unchanged()
    {
        using var bank = new TestBank();
        CliRun.Of(Study(bank, "practice", "--count", "3"), "1\nf\nstatistics\n");
        IReadOnlyDictionary<string, Card> before;
        using (var store = QuizStore.Open(bank.Db))
        {
            before = store.Cards("ana");
        }

        var run = CliRun.Of(Study(bank, "cram", "--exam-date", "2026-12-01"), "2\nt\nbilling\n");

        using var after = QuizStore.Open(bank.Db);
        Assert.Contains("Score: 0/3", run.Output);
        Assert.Equal(before, after.Cards("ana"));
        Assert.Single(after.ReviewLogs("ana", "T-1"));
        Assert.Equal(6, after.Answers("ana").Count);
        Assert.Equal("cram", after.Sessions("ana")[^1].Mode);
    }

    [Fact]
    public void Replaying_the_stored_review_log_gives_the_stored_memory_state()
    {
        using var bank = new TestBank();
        CliRun.Of(Study(bank, "practice", "--count", "3"), "1\nt\nstatistics e\n");
        var anHourLater = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CliRun.Start.AddHours(1));
        CliRun.Of(Study(bank, "practice", "--count", "3"), new StringReader("1 h\nf\nstats\n"), anHourLater);

        using var store = QuizStore.Open(bank.Db);
        var fsrs = new Scheduler(new SchedulerOptions { EnableFuzzing = false });
        foreach (var (question, card) in store.Cards("ana"))
        {
            // Fuzz moves only the due date of long intervals; the memory state must replay exactly.
            var replayed = fsrs.Replay(store.ReviewLogs("ana", question));
            Assert.Equal(card with { Due = default }, replayed with { Due = default });
        }
    }
}
