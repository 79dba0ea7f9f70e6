using HitQuiz.Storage;

namespace HitQuiz.Tests.Cli;

public sealed class PlainPracticeTests
{
    private static string[] Practice(TestBank bank, int count = 3) =>
        bank.Args("practice", "--plain", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "1");


    [Fact]
    public void A_plain_session_asks_each_question_with_numbered_options_and_shows_the_summary()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Practice(bank), "1\n1\n1\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Question 1/3", run.Output);
        Assert.Contains("  1) CAHIIM", run.Output);
        Assert.Contains("Score: ", run.Output);
    }

    [Fact]
    public void A_right_answer_says_correct_and_shows_the_source_section_and_evidence()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Practice(bank, count: 3), "a\nf\nstatistics\n");

        Assert.Contains("Correct.", run.Output);
        Assert.Contains("Source: Educational Requirements (sources/careers.txt, lines", run.Output);
        Assert.Contains("Evidence: \"All programs should be accredited by CAHIIM.\"", run.Output);
        Assert.Contains("Score: 3/3 (100%)", run.Output);
    }

    [Fact]
    public void A_wrong_answer_says_incorrect_and_gives_the_right_answer()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Practice(bank), "b\nt\nbilling\n");

        Assert.Contains("Incorrect. The answer is: 1) CAHIIM", run.Output);
        Assert.Contains("Incorrect. The answer is: False", run.Output);
        Assert.Contains("Incorrect. The answer is: statistics / stats", run.Output);
    }

    [Fact]
    public void A_line_that_is_not_an_answer_is_asked_again()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Practice(bank, count: 1), "7\nzebra\n1\n");

        Assert.Contains("\"7\" is not an answer to this question.", run.Output);
        Assert.Contains("Score: ", run.Output);
    }

    [Fact]
    public void End_of_input_ends_the_session_cleanly_with_its_summary()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Practice(bank), "1\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Session ended.", run.Output);
        Assert.Matches(@"Score: \d/1 ", run.Output);
    }

    [Theory]
    [InlineData("q")]
    [InlineData("Q")]
    [InlineData(" /q ")]
    public void Q_ends_the_session_at_a_typed_answer_too_and_is_not_recorded_as_one(string quit)
    {
        using var bank = new TestBank();

        // The third question of this session is the fill-in-the-blank one.
        var run = CliRun.Of(Practice(bank), $"a\nf\n{quit}\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Question 3/3", run.Output);
        Assert.Contains("Type your answer", run.Output);
        Assert.Contains("Session ended.", run.Output);
        Assert.Contains("Score: 2/2 (100%)", run.Output);
        using var store = QuizStore.Open(bank.Db);
        Assert.Equal(2, store.Answers("ana").Count);
    }

    [Fact]
    public void Every_answer_of_a_plain_session_is_stored_and_totals_survive_a_restart()
    {
        using var bank = new TestBank();

        CliRun.Of(Practice(bank), "1\n1\nstatistics\n");
        CliRun.Of(Practice(bank, count: 1), "1\n");

        using var store = QuizStore.Open(bank.Db);
        Assert.Equal(4, store.Totals("ana").Answered);
        Assert.Equal(4, store.Answers("ana").Count);
    }

    [Fact]
    public void A_broken_question_file_is_skipped_and_named_while_the_others_load()
    {
        using var bank = new TestBank();
        bank.Write("broken.quiz.md", "# Quiz: Broken\n\n## B-1 [mc]\nSorce: Job Outlook\nWhat?\n- [ ] a\n- [ ] b\n");

        var run = CliRun.Of(Practice(bank, count: 1), "1\n");

        Assert.Contains("! Skipped broken.quiz.md", run.Output.Replace(bank.Questions + "/", ""));
        Assert.Contains("Question 1/1", run.Output);
    }

    [Fact]
    public void A_skipped_file_is_named_once_with_the_line_of_its_problem()
    {
        using var bank = new TestBank();
        bank.Write("broken.quiz.md", "# Quiz: Broken\n\n## B-1 [mc]\nSorce: Job Outlook\nWhat?\n- [ ] a\n- [ ] b\n");

        var run = CliRun.Of(Practice(bank, count: 1), "1\n");
        var notice = Assert.Single(run.Output.Split('\n'), l => l.StartsWith("! Skipped", StringComparison.Ordinal)).Replace(bank.Questions + "/", "");

        Assert.Equal("! Skipped broken.quiz.md:3: B-1 [mc] has no option marked [x]; mark the correct answer.", notice.TrimEnd());
    }

    [Fact]
    public void A_database_in_use_by_another_instance_is_refused_with_one_clear_line()
    {
        using var bank = new TestBank();
        using var first = QuizStore.Open(bank.Db);

        var run = CliRun.Of(Practice(bank), "1\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("in use by another HitQuiz", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }
}
