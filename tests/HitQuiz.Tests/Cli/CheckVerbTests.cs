namespace HitQuiz.Tests.Cli;

public sealed class CheckVerbTests
{
    [Fact]
    public void Checking_a_good_bank_prints_a_summary_and_exits_0()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args("check"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 questions, 0 errors", run.Output);
    }

    [Fact]
    public void Checking_a_file_with_a_typo_names_the_file_and_line_and_exits_1()
    {
        using var bank = new TestBank();
        bank.Write("typo.quiz.md", "# Quiz: Typo\nSource file: sources/careers.txt\n\n## X-1 [tf]\nSorce: Job Outlook\nJobs grow.\nAnswer: true\n");

        var run = CliRun.Of(bank.Args("check"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("typo.quiz.md:5: unknown field \"Sorce:\"; did you mean \"Source:\"?", run.Output);
    }
}
