using HitQuiz.Loading;

namespace HitQuiz.Cli;

/// <summary>The <c>check</c> verb: load question files and sources, print every problem and a summary.</summary>
public static class CheckCommand
{
    /// <returns>0 when no error was found (warnings allowed), else 1.</returns>
    public static int Run(IReadOnlyList<string> paths, string questionsRoot, TextWriter output)
    {
        var bank = BankLoader.Load(questionsRoot, paths.Count == 0 ? null : paths);
        foreach (var problem in bank.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        output.WriteLine(Summary(bank));
        return bank.ErrorCount == 0 ? 0 : 1;
    }

    public static string Summary(LoadedBank bank) =>
        $"Checked {Count(bank.FileCount, "file")} ({Count(bank.SourceFileCount, "source")}, {Count(bank.QuestionFileCount, "question file")}): "
        + $"{Count(bank.Questions.Count, "question")}, {Count(bank.ErrorCount, "error")}, {Count(bank.WarningCount, "warning")}.";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
