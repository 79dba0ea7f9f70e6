using System.Text.Json;
using CsvHelper;
using HitQuiz.Sessions;
using HitQuiz.Storage;

namespace HitQuiz.Tests.Cli;

public sealed class ExportResultsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 9, 30, 5, TimeSpan.Zero);

    private static void Seed(string db)
    {
        using var store = QuizStore.Open(db);
        store.RecordAnswer(new AnswerRecord("ana", "T-1", ["Say \"no\", politely"], false, TimeSpan.FromSeconds(3.25), At, 1, "Privacy, \"HIPAA\" rules"));
        store.RecordAnswer(new AnswerRecord("ben", "T-2", ["=1+1"], true, TimeSpan.FromSeconds(1), At.AddMinutes(1), 2, "Job Outlook"));
    }

    [Fact]
    public void Exported_csv_parses_back_with_commas_and_quotes_intact()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        Seed(bank.Db);

        var run = CliRun.Of(["export", "results", "--db", bank.Db]);

        using var csv = CsvReader.FromText(run.Output);
        Assert.True(csv.Read());
        Assert.Equal(["learner", "question", "section", "verdict", "answered_at_utc", "response_seconds", "chosen", "session"], csv.Headers);
        Assert.Equal("Privacy, \"HIPAA\" rules", csv.GetString("section"));
        Assert.Equal("Say \"no\", politely", csv.GetString("chosen"));
        Assert.Equal(("wrong", "2026-11-01 09:30:05", "3.25"), (csv.GetString("verdict"), csv.GetString("answered_at_utc"), csv.GetString("response_seconds")));
        Assert.True(csv.Read());
        Assert.Equal("'=1+1", csv.GetString("chosen"));
        Assert.False(csv.Read());
    }

    [Fact]
    public void Exporting_results_over_the_database_itself_is_refused_and_the_answers_are_kept()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        Seed(bank.Db);

        var run = CliRun.Of(["export", "results", "--db", bank.Db, "-o", bank.Db]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists; choose another name, or add --force to overwrite it.", run.Error);
        using var store = QuizStore.Open(bank.Db);
        Assert.Equal(2, store.AllAnswers(null).Count());
    }

    [Fact]
    public void Exporting_results_over_an_earlier_export_needs_force()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        Seed(bank.Db);
        var csv = Path.Combine(bank.Root, "results.csv");
        File.WriteAllText(csv, "an earlier export");

        var refused = CliRun.Of(["export", "results", "--db", bank.Db, "-o", csv]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("an earlier export", File.ReadAllText(csv));

        var forced = CliRun.Of(["export", "results", "--db", bank.Db, "-o", csv, "--force"]);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("learner,question", File.ReadAllText(csv));
    }

    [Fact]
    public void An_exam_item_left_unanswered_is_exported_as_unanswered_not_wrong()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        using (var store = QuizStore.Open(bank.Db))
        {
            store.RecordAnswer(new AnswerRecord("ana", "T-3", [], false, TimeSpan.Zero, At, 3, "Privacy"));
        }

        var run = CliRun.Of(["export", "results", "--db", bank.Db]);

        using var csv = CsvReader.FromText(run.Output);
        Assert.True(csv.Read());
        Assert.Equal(("unanswered", ""), (csv.GetString("verdict"), csv.GetString("chosen")));
    }

    [Fact]
    public void Export_to_a_file_writes_utf8_with_a_byte_order_mark()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        Seed(bank.Db);
        var file = Path.Combine(bank.Root, "results.csv");

        var run = CliRun.Of(["export", "results", "--db", bank.Db, "-o", file]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(file)[..3]);
        Assert.Equal(3, File.ReadAllLines(file).Length);
        Assert.Equal($"Exported 2 answers to {file}.", run.Error.Trim());
    }

    [Fact]
    public void Export_to_standard_output_says_how_many_answers_on_standard_error_only()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        Seed(bank.Db);

        var run = CliRun.Of(["export", "results", "--db", bank.Db, "--learner", "ben", "--format", "json"]);

        Assert.Equal(1, JsonDocument.Parse(run.Output).RootElement.GetArrayLength());
        Assert.Equal("Exported 1 answer.", run.Error.Trim());
    }

    [Fact]
    public void Export_as_json_lists_every_answer()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        Seed(bank.Db);

        var run = CliRun.Of(["export", "results", "--db", bank.Db, "--format", "json"]);

        var answers = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(2, answers.GetArrayLength());
        Assert.Equal("2026-11-01T09:30:05.000Z", answers[0].GetProperty("answeredAt").GetString());
        Assert.Equal("right", answers[1].GetProperty("verdict").GetString());
    }

    [Fact]
    public void Json_written_to_a_file_is_the_text_printed_to_standard_output()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        Seed(bank.Db);
        var file = Path.Combine(bank.Root, "results.json");

        var shown = CliRun.Of(["export", "results", "--db", bank.Db, "--format", "json"]);
        var written = CliRun.Of(["export", "results", "--db", bank.Db, "--format", "json", "-o", file]);

        Assert.Equal((0, 0), (shown.ExitCode, written.ExitCode));
        Assert.Equal(shown.Output, File.ReadAllText(file));
        Assert.Equal("Say \"no\", politely", JsonDocument.Parse(shown.Output).RootElement[0].GetProperty("chosen")[0].GetString());
    }

    [Fact]
    public void Export_with_a_learner_lists_only_their_answers()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.GetDirectoryName(bank.Db)!);
        Seed(bank.Db);

        var run = CliRun.Of(["export", "results", "--db", bank.Db, "--learner", "ben"]);

        Assert.Equal(2, run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("ben,T-2,Job Outlook,right", run.Output);
    }

    [Fact]
    public void Exporting_from_a_missing_database_fails_without_creating_it()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args("export", "results"));

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(bank.Db));
    }
}
