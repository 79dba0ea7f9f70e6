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
        new(new DeferredConsoleInput(), Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System);

    /// <summary>
    /// Standard input, opened on first read: only plain mode reads it, and setting up the console reader costs
    /// every other command start-up time.
    /// </summary>
    private sealed class DeferredConsoleInput : TextReader
    {
        public override int Peek() => Console.In.Peek();

        public override int Read() => Console.In.Read();

        public override int Read(char[] buffer, int index, int count) => Console.In.Read(buffer, index, count);

        public override string? ReadLine() => Console.In.ReadLine();

        public override string ReadToEnd() => Console.In.ReadToEnd();
    }
}
