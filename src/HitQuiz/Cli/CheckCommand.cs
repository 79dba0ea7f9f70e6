using HitQuiz.Loading;

namespace HitQuiz.Cli;

/// <summary>The <c>check</c> verb: load question files and sources, print every problem and a summary.</summary>
public static class CheckCommand
{
    /// <returns>0 when no error was found (warnings allowed), else 1.</returns>
    /// <param name="error">Where a bank that takes a while to read is named (after <see cref="SlowNote.Delay"/>).</param>
    public static int Run(IReadOnlyList<string> paths, string questionsRoot, TextWriter output, TextWriter error, TimeProvider clock)
    {
        (questionsRoot, paths) = QuestionsFolder.BankOf(questionsRoot, paths);

        LoadedBank bank;
        using (new SlowNote(error, $"Checking {(paths.Count == 0 ? $"the questions in {DisplayPath.For(questionsRoot)}" : Named(paths))} ...", clock))
        {
            bank = BankLoader.Load(questionsRoot, paths.Count == 0 ? null : paths);
        }

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

    private static string Named(IReadOnlyList<string> paths) =>
        DisplayPath.For(paths[0]) + (paths.Count == 1 ? "" : $" and {Count(paths.Count - 1, "more path")}");

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
