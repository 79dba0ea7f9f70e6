using HitQuiz.Cli;

namespace HitQuiz.Tests.Cli;

public sealed class VersionTests
{
    [Fact]
    public void The_version_alone_prints_the_products_version_and_nothing_else()
    {
        var run = CliRun.Of(["--version"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(typeof(HitQuizCli).Assembly.GetName().Version!.ToString(3), run.Output.Trim());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_version_option_after_a_command_is_left_to_the_parser_which_refuses_it()
    {
        var run = CliRun.Of(["check", "--version"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("--version", run.Error);
    }
}
