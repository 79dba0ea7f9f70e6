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

        var run = Report(bank, db);

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
        var quick = Report(bank, db, "--format", "csv");

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

        var run = Report(bank, [.. dbs, "--format", "json"]);

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

        var json = JsonDocument.Parse(Report(bank, [.. dbs, "--format", "json"]).Output).RootElement;
        var text = Report(bank, [.. dbs]).Output;

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

        var root = JsonDocument.Parse(Report(bank, [.. dbs, "--format", "json"]).Output).RootElement;

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

        var all = Report(bank, [.. dbs]).Output;
        var one = Report(bank, dbs[1]).Output;

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

        var run = Report(bank, a, b);

        Assert.Contains("ana (a.db)", run.Output);
        Assert.Contains("ana (b.db)", run.Output);
    }

    [Fact]
    public void A_database_named_twice_is_read_once()
    {
        var (bank, dbs) = TwoDatabases();
        using var _ = bank;

        var once = Report(bank, dbs[0], dbs[1], "--format", "csv");
        var twice = Report(bank, dbs[0], dbs[1], Path.Combine(Path.GetDirectoryName(dbs[0])!, ".", "a.db"), "--format", "csv");

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

        var run = Report(bank, a, b);

        Assert.Contains("ana (class1/hitquiz.db)", run.Output);
        Assert.Contains("ana (class2/hitquiz.db)", run.Output);
    }

    [Fact]
    public void With_the_question_bank_unanswered_questions_lower_readiness()
    {
        using var bank = new TestBank();
        AnswerOne(bank);

        var with = JsonDocument.Parse(CliRun.Of(["report", bank.Db, "--format", "json", "--questions", bank.Questions, "--no-generated"]).Output).RootElement;

        Assert.Equal(33.33, with.GetProperty("learners")[0].GetProperty("readiness").GetDouble());
    }

    [Fact]
    public void Without_questions_the_report_counts_mastery_against_the_bank_the_trainer_reads_as_stats_does()
    {
        using var bank = new TestBank();
        AnswerOne(bank);
        var defaultBank = new Dictionary<string, string> { ["HITQUIZ_QUESTIONS"] = bank.Questions };

        var report = JsonDocument.Parse(CliRun.Of(["report", bank.Db, "--no-generated", "--format", "json"], "", defaultBank).Output).RootElement;
        var stats = JsonDocument.Parse(CliRun.Of(["stats", "--db", bank.Db, "--learner", "ana", "--no-generated", "--format", "json"], "", defaultBank).Output).RootElement;

        Assert.Equal(33.33, stats.GetProperty("readiness").GetDouble());
        Assert.Equal(33.33, report.GetProperty("learners")[0].GetProperty("readiness").GetDouble());
    }

    [Fact]
    public void One_right_answer_of_two_is_a_third_of_a_three_question_bank_mastered_and_the_report_says_of_what()
    {
        using var bank = new TestBank();
        AnswerOne(bank, count: 2, input: "a\nt\n");

        var text = CliRun.Of(["report", bank.Db, "--no-generated"], "", new() { ["HITQUIZ_QUESTIONS"] = bank.Questions }).Output;

        Assert.Matches(@"ana\s+2\s+50\.0%\s+33\.3%", text);
        Assert.Contains($"Mastered: share of the 3 questions in the bank ({HitQuiz.Loading.DisplayPath.For(bank.Questions)}) whose latest answer is right", text);
    }

    [Fact]
    public void The_json_report_names_the_bank_and_how_many_questions_each_learners_mastery_is_of()
    {
        using var bank = new TestBank();
        Sessions.Practise(bank, bank.Db, "ana", "100");

        var json = JsonDocument.Parse(Report(bank, bank.Db, "--format", "json").Output).RootElement;

        Assert.Equal(bank.Questions, json.GetProperty("bank").GetProperty("folder").GetString());
        Assert.Equal(3, json.GetProperty("bank").GetProperty("questions").GetInt32());
        Assert.Equal(3, json.GetProperty("learners")[0].GetProperty("items").GetInt32());
    }

    [Fact]
    public void Questions_answered_outside_the_bank_are_counted_and_the_report_says_how_many()
    {
        using var bank = new TestBank();
        Sessions.Practise(bank, bank.Db, "ana", "111");
        using (var store = HitQuiz.Storage.QuizStore.Open(bank.Db))
        {
            store.RecordAnswerBatch([HitQuiz.Storage.Answers.Of("ana", "T-retired", false, HitQuiz.Storage.Answers.Monday)]);
        }

        var text = Report(bank, bank.Db).Output;

        Assert.Matches(@"ana\s+4\s+75\.0%\s+75\.0%", text);
        Assert.Contains($"Mastered: share of 4 questions whose latest answer is right: the 3 in the bank ({HitQuiz.Loading.DisplayPath.For(bank.Questions)}) and 1 answered that is not in it", text);
    }

    [Fact]
    public void A_broken_question_file_of_the_bank_is_named_on_every_report_and_its_questions_are_not_counted()
    {
        using var bank = new TestBank();
        AnswerOne(bank);
        bank.Write("broken.quiz.md", "## B-1 [mc]\nNo options here.\n");

        var first = Report(bank, bank.Db);
        var second = Report(bank, bank.Db);

        Assert.All(new[] { first, second }, run =>
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("broken.quiz.md", run.Error);
            Assert.Contains("its questions are not counted; run 'hitquiz check'", run.Error);
            Assert.Contains("Mastered: share of the 3 questions in the bank", run.Output);
        });
    }

    [Fact]
    public void A_report_that_finds_no_question_bank_says_mastery_is_of_the_questions_answered_only()
    {
        using var bank = new TestBank();
        AnswerOne(bank);
        var output = new StringWriter();
        var env = new HitQuiz.Cli.CliEnvironment(TextReader.Null, output, TextWriter.Null, _ => null, TimeProvider.System);

        Assert.Equal(0, HitQuiz.Cli.ReportCommand.Run([bank.Db], null, false, "text", env));

        Assert.Contains("Mastered: share of the 1 question answered in this report whose latest answer is right; no question bank was found", output.ToString());
        Assert.Contains("--questions DIR", output.ToString());
    }

    [Fact]
    public void A_questions_folder_that_does_not_exist_is_one_line_and_exit_1()
    {
        using var bank = new TestBank();
        Sessions.Practise(bank, bank.Db, "ana", "111");
        var missing = Path.Combine(bank.Root, "qestions");

        var run = CliRun.Of(["report", bank.Db, "--questions", missing]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"hitquiz: no questions folder at {HitQuiz.Loading.DisplayPath.For(missing)}", run.Error.Trim());
        Assert.Equal("", run.Output);
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

        var lines = Report(bank, [.. dbs, "--format", "csv"]).Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("record,name,section,learners", lines[0]);
        Assert.Equal(1 + 3 + 5 + 2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("question,T-2,Job Outlook,5,5,60,64.55,100,ok", StringComparison.Ordinal));
    }

    // The bank the learners practised, so that the figures do not depend on the questions folder found near the tests.
    // Ana practises the test bank in plain mode: one answer (or as many as asked), so that a report has something to count.
    private static void AnswerOne(TestBank bank, int count = 1, string input = "a\n") =>
        Assert.Equal(0, CliRun.Of(bank.Args("practice", "--plain", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "1"), input).ExitCode);

    private static CliRun Report(TestBank bank, params string[] args) => CliRun.Of(["report", .. args, "--questions", bank.Questions, "--no-generated"]);

    private static (double, double, string) Figures(JsonElement q) =>
        (q.GetProperty("facility").GetDouble(), q.GetProperty("discrimination").GetDouble(), q.GetProperty("quality").GetString()!);
}
