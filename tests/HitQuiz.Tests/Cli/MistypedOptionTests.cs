namespace HitQuiz.Tests.Cli;

public sealed class MistypedOptionTests
{
    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("import", "--forse")]
    [InlineData("report", "--bogus")]
    [InlineData("export", "questions", "--bogus")]
    public void A_mistyped_option_where_paths_go_is_named_as_an_option_not_looked_for_as_a_file(params string[] args)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args(args));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Unrecognized command or argument '{args[^1]}'", run.Error);
        Assert.DoesNotContain("no such file", run.Error + run.Output);
    }
}
