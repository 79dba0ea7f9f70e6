using HitQuiz.Cli;
using Microsoft.Extensions.Time.Testing;

namespace HitQuiz.Tests.Cli;

/// <summary>Runs the command line in-process with given input, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(string[] args, string input = "", Dictionary<string, string>? env = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromSeconds(2) };
        var environment = new CliEnvironment(new StringReader(input), output, error, name => env?.GetValueOrDefault(name), clock);
        var code = HitQuizCli.Run(args, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
