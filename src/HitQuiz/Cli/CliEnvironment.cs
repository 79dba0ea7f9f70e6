namespace HitQuiz.Cli;

/// <summary>Everything the command line touches of the outside world, so tests can run it in-process.</summary>
internal sealed record CliEnvironment(
    TextReader Input,
    TextWriter Output,
    TextWriter Error,
    Func<string, string?> GetEnv,
    TimeProvider Clock)
{
    public static CliEnvironment FromConsole() =>
        new(Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System);
}
