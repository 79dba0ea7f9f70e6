using HitQuiz.Storage;
using Microsoft.Extensions.Time.Testing;

namespace HitQuiz.Tests.Cli;

public sealed class PlainExamTests
{
    private static string[] Exam(TestBank bank, params string[] more) =>
        bank.Args(["practice", "--plain", "--mode", "exam", "--seed", "2", .. more]);

    [Fact]
    public void An_exam_from_a_small_bank_asks_every_item_in_the_time_the_blueprint_allows()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Exam(bank), "submit\n");

        Assert.Contains("HitQuiz exam · learner ana · 3 items · 4:12", run.Output);
        Assert.Matches(@"Item 1/3 · 4:\d\d left", run.Output);
    }

    [Fact]
    public void Answers_get_no_feedback_until_the_exam_is_submitted()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Exam(bank), "1\n1\n1\nsubmit\n");

        var report = run.Output.IndexOf("Exam score:", StringComparison.Ordinal);
        Assert.True(report > 0);
        Assert.DoesNotContain("Correct.", run.Output[..report]);
        Assert.DoesNotContain("Incorrect.", run.Output[..report]);
        Assert.Contains("All 3 items answered.", run.Output);
    }

    [Fact]
    public void The_report_gives_each_section_and_the_walk_through_every_item_with_its_source()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Exam(bank), "1\n1\n1\nsubmit\n");

        Assert.Matches(@"Educational Requirements: \d/2 correct \(\d+%\), 2 answered", run.Output);
        Assert.Matches(@"Job Outlook: \d/1 correct \(\d+%\), 1 answered", run.Output);
        Assert.Equal(3, run.Output.Split("Your answer:").Length - 1);
        Assert.Contains("Source: Job Outlook (sources/careers.txt, lines", run.Output);
    }

    [Fact]
    public void Answered_items_feed_the_scheduler_and_unanswered_ones_are_stored_as_unanswered()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Exam(bank), "1\ns\ns\nsubmit\n");

        Assert.Contains("· 1 answered", run.Output);
        Assert.Equal(2, run.Output.Split("Not answered.").Length - 1);
        using var store = QuizStore.Open(bank.Db);
        Assert.Single(store.Cards("ana"));
        Assert.Equal(3, store.Answers("ana").Count);
        Assert.Equal(2, store.Answers("ana").Count(a => a.Chosen.Count == 0 && !a.Correct));
        Assert.Equal("exam", Assert.Single(store.Sessions("ana")).Mode);
    }

    [Fact]
    public void A_flagged_item_shows_in_the_review_grid_and_can_be_revisited()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Exam(bank), "f\ng\ng 1\nsubmit\n");

        Assert.Contains("Review grid (* answered, - unanswered, F flagged, > current):", run.Output);
        Assert.Contains("  1-F>  2-    3-", run.Output);
        Assert.Matches(@"Item 1/3 · \d:\d\d left · flagged", run.Output);
    }

    [Fact]
    public void A_line_that_is_neither_an_answer_nor_a_command_is_explained()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Exam(bank, "--count", "1"), "g 9\nsubmit\n");

        Assert.Contains("\"g 9\" is not an answer to this item or a command.", run.Output);
    }

    [Fact]
    public void The_exam_is_submitted_at_the_deadline_and_a_late_answer_does_not_count()
    {
        using var bank = new TestBank();
        var clock = new FakeTimeProvider(CliRun.Start);
        var input = new TypingReader(clock, TimeSpan.FromSeconds(25), "1", "1", "1", "submit");

        var run = CliRun.Of(Exam(bank, "--count", "3", "--minutes", "1"), input, clock);

        Assert.Contains("Item 2/3 · 0:35 left", run.Output);
        Assert.Contains("Time is up: the exam was submitted.", run.Output);
        Assert.Contains("· 2 answered · submitted at time-out", run.Output);
        using var store = QuizStore.Open(bank.Db);
        Assert.Equal(CliRun.Start.AddMinutes(1), store.Sessions("ana")[0].Ended);
    }

    [Fact]
    public void End_of_input_submits_the_exam()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(Exam(bank), "1\n");

        Assert.Contains("End of input: the exam was submitted.", run.Output);
        Assert.Contains("Exam score:", run.Output);
    }
}
