using HitQuiz.Cli;
using Microsoft.Extensions.Time.Testing;

namespace HitQuiz.Tests.Cli;

/// <summary>Runs the command line in-process with given input, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static CliRun Of(string[] args, string input = "", Dictionary<string, string>? env = null) =>
        Of(args, new StringReader(input), new FakeTimeProvider(Start) { AutoAdvanceAmount = TimeSpan.FromSeconds(2) }, env);

    /// <summary>Runs with a given input and clock, e.g. a reader that moves the clock on as each line is typed.</summary>
    public static CliRun Of(string[] args, TextReader input, TimeProvider clock, Dictionary<string, string>? env = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(
            input, output, error, name => env?.GetValueOrDefault(name) ?? (name == TestCache.Variable ? TestCache.Folder : null), clock);
        var code = HitQuizCli.Run(args, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
