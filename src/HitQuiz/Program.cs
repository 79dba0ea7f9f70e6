using HitQuiz.Cli;

namespace HitQuiz;

public static class Program
{
    public static int Main(string[] args) => HitQuizCli.Run(args, CliEnvironment.FromConsole());
}
