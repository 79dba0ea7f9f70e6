using System.Text.Json;

namespace HitQuiz.Tests.Cli;

public sealed class StatsVerbTests
{
    [Fact]
    public void Stats_shows_totals_streak_and_a_bar_for_each_section()
    {
        using var bank = new TestBank();
        Sessions.Practise(bank, bank.Db, "ana", "101");

        var run = CliRun.Of(bank.Args("stats"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Answered 3 · 67% correct · 67% of the bank mastered", run.Output);
        Assert.Contains("Streak: 1 day (longest 1 day)", run.Output);
        Assert.Matches(@"Educational Requirements\s+█+░*\s+100%\s+2/2", run.Output);
        Assert.Matches(@"Job Outlook\s+░+\s+0%\s+0/1", run.Output);
    }

    [Fact]
    public void Stats_as_json_has_totals_series_sections_forecast_and_weakest()
    {
        using var bank = new TestBank();
        Sessions.Practise(bank, bank.Db, "ana", "100");

        var run = CliRun.Of([.. bank.Args("stats"), "--format", "json"]);

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("ana", root.GetProperty("learner").GetString());
        Assert.Equal((3, 1), (root.GetProperty("answered").GetInt32(), root.GetProperty("correct").GetInt32()));
        Assert.Equal(33.33, root.GetProperty("accuracy").GetDouble());
        Assert.Equal(1, root.GetProperty("streak").GetProperty("current").GetInt32());
        Assert.Equal(30, root.GetProperty("daily").GetArrayLength());
        Assert.Equal("2026-11-01", root.GetProperty("daily")[29].GetProperty("day").GetString());
        Assert.Equal(2, root.GetProperty("sections").GetArrayLength());
        Assert.Equal(14, root.GetProperty("forecast").GetProperty("days").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("weakest").ValueKind);
    }

    [Fact]
    public void Stats_is_per_learner()
    {
        using var bank = new TestBank();
        Sessions.Practise(bank, bank.Db, "ben", "111");

        var run = CliRun.Of(bank.Args("stats"));

        Assert.Contains("No answers yet.", run.Output);
    }

    [Fact]
    public void Stats_on_a_database_that_does_not_exist_says_so_and_creates_nothing()
    {
        using var bank = new TestBank();
        var folder = Path.Combine(bank.Root, "typo");
        var db = Path.Combine(folder, "hitqiuz.db");

        var run = CliRun.Of(["stats", "--questions", bank.Questions, "--db", db, "--learner", "ana", "--no-generated"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"hitquiz: no database at {db}; practice creates it.", run.Error.Trim());
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Stats_for_a_learner_the_database_does_not_know_leaves_the_learners_as_they_were()
    {
        using var bank = new TestBank();
        Sessions.Practise(bank, bank.Db, "ben", "111");

        Assert.Equal(0, CliRun.Of(bank.Args("stats")).ExitCode);

        using var store = HitQuiz.Storage.QuizStore.Open(bank.Db);
        Assert.Equal(["ben"], store.Learners());
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        using var bank = new TestBank();

        var run = CliRun.Of([.. bank.Args("stats"), "--format", "xml"]);

        Assert.NotEqual(0, run.ExitCode);
    }
}
