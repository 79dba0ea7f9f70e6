using System.Text.Json;

namespace HitQuiz.Tests.Cli;

public sealed class ReportVerbTests
{
    // Latest scores on T-1, T-2, T-3. Worked by hand (rest = share right of the other two questions):
    // T-1 facility 60, cov 0 → discrimination 0, efficiency 0 → dubious.
    // T-2 facility 60, discrimination 100 × .1 / √(.24 × .1) = 64.55, efficiency 100.
    // T-3 facility 40, discrimination 100 × .06 / √(.24 × .14) = 32.73, efficiency .06 / .16 = 37.5.
    private static readonly (string Db, string Learner, string Scores)[] Class =
        [("a", "ana", "111"), ("a", "ben", "100"), ("a", "cara", "011"), ("b", "dan", "110"), ("b", "eve", "000")];

    private static (TestBank Bank, string[] Dbs) TwoDatabases()
    {
        var bank = new TestBank();
        var dbs = new[] { Path.Combine(bank.Root, "a.db"), Path.Combine(bank.Root, "b.db") };
        foreach (var (db, learner, scores) in Class)
        {
            Assert.Equal(0, Sessions.Practise(bank, db == "a" ? dbs[0] : dbs[1], learner, scores).ExitCode);
        }

        return (bank, dbs);
    }

    [Fact]
    public void A_learner_name_stored_with_an_escape_sequence_is_printed_without_it()
    {
        using var bank = new TestBank();
        var db = Path.Combine(bank.Root, "old.db");
        using (var store = HitQuiz.Storage.QuizStore.Open(db))
        {
            store.RecordAnswerBatch([HitQuiz.Storage.Answers.Of("\u001b[2Jana", "T-1", true, HitQuiz.Storage.Answers.Monday)]);
        }

        var run = CliRun.Of(["report", db]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.Contains("\uFFFD[2Jana", run.Output);
    }

    [Fact]
    public void Databases_and_a_bank_still_being_read_after_the_delay_are_named_on_standard_error()
    {
        using var bank = new TestBank();
        var db = Path.Combine(bank.Root, "class.db");
        using (var store = HitQuiz.Storage.QuizStore.Open(db))
        {
            store.RecordAnswerBatch([HitQuiz.Storage.Answers.Of("ana", "T-1", true, HitQuiz.Storage.Answers.Monday)]);
        }

        var slow = CliRun.Of(["report", db, "--questions", bank.Questions, "--no-generated", "--format", "csv"], TextReader.Null, new WorkOutlastsEveryTimer());
        var quick = CliRun.Of(["report", db, "--format", "csv"]);

        Assert.Equal(0, slow.ExitCode);
        Assert.Equal(
            [$"Loading the questions in {HitQuiz.Loading.DisplayPath.For(bank.Questions)} ...", $"Reading the answers in {HitQuiz.Loading.DisplayPath.For(db)} ..."],
            slow.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("record,name,section,learners", slow.Output, StringComparison.Ordinal);
        Assert.Equal("", quick.Error);
    }

    [Fact]
    public void A_report_over_two_databases_gives_the_hand_computed_item_figures()
    {
        var (bank, dbs) = TwoDatabases();
        using var _ = bank;

        var run = CliRun.Of(["report", .. dbs, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var questions = json.RootElement.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("question").GetString()!);
        Assert.Equal((60.0, 0.0, "dubious"), Figures(questions["T-1"]));
        Assert.Equal((60.0, 64.55, "ok"), Figures(questions["T-2"]));
        Assert.Equal((40.0, 32.73, "ok"), Figures(questions["T-3"]));
        Assert.Equal(37.5, questions["T-3"].GetProperty("efficiency").GetDouble());
        Assert.Equal(5, questions["T-1"].GetProperty("learners").GetInt32());
    }

    [Fact]
    public void A_report_counts_the_exam_items_learners_left_unanswered_even_one_nobody_answered()
    {
        var (bank, dbs) = TwoDatabases();
        using var _ = bank;
        using (var store = HitQuiz.Storage.QuizStore.Open(dbs[0]))
        {
            store.RecordAnswerBatch([
                HitQuiz.Storage.Answers.Unanswered("ana", "T-1", HitQuiz.Storage.Answers.Monday),
                HitQuiz.Storage.Answers.Unanswered("ben", "T-1", HitQuiz.Storage.Answers.Monday),
                HitQuiz.Storage.Answers.Unanswered("ben", "T-9", HitQuiz.Storage.Answers.Monday),
            ]);
        }

        var json = JsonDocument.Parse(CliRun.Of(["report", .. dbs, "--format", "json"]).Output).RootElement;
        var text = CliRun.Of(["report", .. dbs]).Output;

        var questions = json.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("question").GetString()!);
        Assert.Equal(2, questions["T-1"].GetProperty("omitted").GetInt32());
        Assert.Equal(0, questions["T-2"].GetProperty("omitted").GetInt32());
        Assert.Equal((0, 1), (questions["T-9"].GetProperty("learners").GetInt32(), questions["T-9"].GetProperty("omitted").GetInt32()));
        Assert.Equal(JsonValueKind.Null, questions["T-9"].GetProperty("facility").ValueKind);
        Assert.Matches(@"Answers\s+Omitted\s+Facility", text);
        Assert.Matches(@"T-1\s+Educational Requirements\s+5\s+5\s+2\s", text);
    }

    [Fact]
    public void A_report_gives_each_learners_accuracy_and_readiness_and_each_sections_mean_mastery()
    {
        var (bank, dbs) = TwoDatabases();
        using var _ = bank;

        var root = JsonDocument.Parse(CliRun.Of(["report", .. dbs, "--format", "json"]).Output).RootElement;

        var learners = root.GetProperty("learners").EnumerateArray().ToDictionary(l => l.GetProperty("learner").GetString()!);
        Assert.Equal(["ana", "ben", "cara", "dan", "eve"], learners.Keys);
        Assert.Equal(33.33, learners["ben"].GetProperty("readiness").GetDouble());
        Assert.Equal(66.67, learners["dan"].GetProperty("accuracy").GetDouble());
        var sections = root.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("section").GetString()!, s => s.GetProperty("meanMastery").GetDouble());
        Assert.Equal(50, sections["Educational Requirements"]);
        Assert.Equal(60, sections["Job Outlook"]);
    }

    [Fact]
    public void The_text_report_flags_dubious_questions_and_says_when_there_are_too_few_attempts()
    {
        var (bank, dbs) = TwoDatabases();
        using var _ = bank;

        var all = CliRun.Of(["report", .. dbs]).Output;
        var one = CliRun.Of(["report", dbs[1]]).Output;

        Assert.Contains("dubious: low efficiency", all);
        Assert.Contains("5 learners", all);
        Assert.Contains("too few attempts (2 of 5)", one);
        Assert.Matches(@"Learner\s+Answered\s+Accuracy\s+Mastered\n", all.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_same_learner_name_in_two_databases_is_two_learners()
    {
        using var bank = new TestBank();
        var a = Path.Combine(bank.Root, "a.db");
        var b = Path.Combine(bank.Root, "b.db");
        Sessions.Practise(bank, a, "ana", "111");
        Sessions.Practise(bank, b, "ana", "000");

        var run = CliRun.Of(["report", a, b]);

        Assert.Contains("ana (a.db)", run.Output);
        Assert.Contains("ana (b.db)", run.Output);
    }

    [Fact]
    public void A_database_named_twice_is_read_once()
    {
        var (bank, dbs) = TwoDatabases();
        using var _ = bank;

        var once = CliRun.Of(["report", dbs[0], dbs[1], "--format", "csv"]);
        var twice = CliRun.Of(["report", dbs[0], dbs[1], Path.Combine(Path.GetDirectoryName(dbs[0])!, ".", "a.db"), "--format", "csv"]);

        Assert.Equal(0, twice.ExitCode);
        Assert.Equal(once.Output, twice.Output);
    }

    [Fact]
    public void Databases_with_the_same_file_name_are_told_apart_by_their_folder()
    {
        using var bank = new TestBank();
        var a = Path.Combine(bank.Root, "class1", "hitquiz.db");
        var b = Path.Combine(bank.Root, "class2", "hitquiz.db");
        Directory.CreateDirectory(Path.GetDirectoryName(a)!);
        Directory.CreateDirectory(Path.GetDirectoryName(b)!);
        Sessions.Practise(bank, a, "ana", "111");
        Sessions.Practise(bank, b, "ana", "000");

        var run = CliRun.Of(["report", a, b]);

        Assert.Contains("ana (class1/hitquiz.db)", run.Output);
        Assert.Contains("ana (class2/hitquiz.db)", run.Output);
    }

    [Fact]
    public void With_the_question_bank_unanswered_questions_lower_readiness()
    {
        using var bank = new TestBank();
        CliRun.Of(["practice", "--plain", "--count", "1", "--seed", "1", "--questions", bank.Questions, "--no-generated", "--db", bank.Db, "--learner", "ana"], "a\n");

        var without = JsonDocument.Parse(CliRun.Of(["report", bank.Db, "--format", "json"]).Output).RootElement;
        var with = JsonDocument.Parse(CliRun.Of(["report", bank.Db, "--format", "json", "--questions", bank.Questions, "--no-generated"]).Output).RootElement;

        Assert.Equal(100, without.GetProperty("learners")[0].GetProperty("readiness").GetDouble());
        Assert.Equal(33.33, with.GetProperty("learners")[0].GetProperty("readiness").GetDouble());
    }

    [Fact]
    public void A_missing_database_is_one_line_and_exit_1_and_is_not_created()
    {
        using var bank = new TestBank();
        var missing = Path.Combine(bank.Root, "nope.db");

        var run = CliRun.Of(["report", missing]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"hitquiz: no database at {missing}", run.Error.Trim());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void The_report_as_csv_has_one_row_per_question_learner_and_section()
    {
        var (bank, dbs) = TwoDatabases();
        using var _ = bank;

        var lines = CliRun.Of(["report", .. dbs, "--format", "csv"]).Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("record,name,section,learners", lines[0]);
        Assert.Equal(1 + 3 + 5 + 2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("question,T-2,Job Outlook,5,5,60,64.55,100,ok", StringComparison.Ordinal));
    }

    private static (double, double, string) Figures(JsonElement q) =>
        (q.GetProperty("facility").GetDouble(), q.GetProperty("discrimination").GetDouble(), q.GetProperty("quality").GetString()!);
}
