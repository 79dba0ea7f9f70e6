namespace HitQuiz.Tests.Cli;

/// <summary>Every command that writes a file says so in one line when it cannot, rather than failing with a trace.</summary>
public sealed class OutputFileTests
{
    private const string Gift = "::C-1::Coding turns records into? {=codes ~prose ~photos}\n";

    [Theory]
    [InlineData("import")]
    [InlineData("export-questions")]
    [InlineData("export-results")]
    [InlineData("generate")]
    public void Writing_into_a_folder_that_does_not_exist_is_one_line_and_exit_code_1(string command)
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "coding.gift");
        File.WriteAllText(gift, Gift);
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        using (var store = HitQuiz.Storage.QuizStore.Open(bank.Db))
        {
            store.RecordAnswer(new HitQuiz.Sessions.AnswerRecord("ana", "T-1", ["a"], true, TimeSpan.FromSeconds(2), DateTimeOffset.UnixEpoch, 1, "Privacy"));
        }

        var missing = Path.Combine(bank.Root, "no-such-folder", "out.file");
        string[] args = command switch
        {
            "import" => bank.Args("import", gift, "-o", missing),
            "export-questions" => bank.Args("export", "questions", "--format", "gift", "-o", missing),
            "export-results" => bank.Args("export", "results", "-o", missing),
            _ => ["generate", Path.Combine(bank.Questions, "sources", "careers.txt"), "-o", missing],
        };

        var run = CliRun.Of(args);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("no-such-folder", StringComparison.Ordinal));
        Assert.StartsWith("hitquiz", line, StringComparison.Ordinal);
        Assert.Contains("cannot write", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
