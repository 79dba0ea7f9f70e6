namespace HitQuiz.Tests.Cli;

public sealed class ParseErrorTests
{
    [Fact]
    public void A_value_not_among_the_choices_is_one_line_naming_them_and_where_to_find_help()
    {
        var run = CliRun.Of(["report", "--format", "yaml"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("hitquiz: Argument 'yaml' not recognized. Must be one of: 'text', 'csv', 'json' (see 'hitquiz report --help')", run.Error.TrimEnd());
    }

    [Fact]
    public void An_unknown_option_of_a_nested_command_is_one_line()
    {
        var run = CliRun.Of(["export", "results", "--frobnicate"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("hitquiz: Unrecognized command or argument '--frobnicate'. (see 'hitquiz export results --help')", line.TrimEnd());
    }

    [Fact]
    public void Help_is_still_shown_when_asked_for()
    {
        var run = CliRun.Of(["report", "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }
}
