using System.Text.Json;

namespace HitQuiz.Tests.Cli;

public sealed class ImportVerbTests
{
    private const string Gift = """
        $CATEGORY: $course$/top/Coding

        ::Sets::Which code set covers inpatient procedures?{=ICD-10-PCS ~CPT ~HCPCS Level II}

        ::Pairs::Match each code set with what it codes.{=ICD-10-CM -> Diagnoses =CPT -> Physician services}

        ::Essay::Describe the coding workflow.{}
        """;

    [Fact]
    public void Importing_into_a_quiz_file_writes_questions_that_check_cleanly()
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "coding.gift");
        File.WriteAllText(gift, Gift);

        var run = CliRun.Of(bank.Args("import", gift, "-o", Path.Combine(bank.Questions, "coding.quiz.md")));
        var check = CliRun.Of(bank.Args("check"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Wrote 2 questions", run.Output);
        Assert.Contains("essay question \"Essay\" cannot be practised; skipped.", run.Error);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("5 questions, 0 errors", check.Output);
    }

    [Fact]
    public void An_import_leaves_only_its_quiz_file_beside_it()
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "coding.gift");
        File.WriteAllText(gift, Gift);
        var folder = Directory.CreateDirectory(Path.Combine(bank.Root, "imported")).FullName;

        var run = CliRun.Of(bank.Args("import", gift, "-o", Path.Combine(folder, "coding.quiz.md")));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["coding.quiz.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Questions_of_two_files_that_share_ids_are_written_with_the_repeat_renamed()
    {
        using var bank = new TestBank();
        var first = Directory.CreateDirectory(Path.Combine(bank.Root, "spring")).FullName;
        var second = Directory.CreateDirectory(Path.Combine(bank.Root, "fall")).FullName;
        File.WriteAllText(Path.Combine(first, "coding.gift"), "::Sets::Which code set covers inpatient procedures?{=ICD-10-PCS ~CPT ~HCPCS Level II}\n");
        File.WriteAllText(Path.Combine(second, "coding.gift"), "::Sets::Which code set covers outpatient services?{=CPT ~ICD-10-PCS ~DRG}\n");
        var output = Path.Combine(bank.Root, "coding.quiz.md");

        var run = CliRun.Of(bank.Args("import", Path.Combine(first, "coding.gift"), Path.Combine(second, "coding.gift"), "-o", output));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 id already used by an earlier file, renamed: coding-sets → coding-sets-2.", run.Error);
        var lines = File.ReadAllLines(output);
        Assert.Single(lines, l => l.StartsWith("## coding-sets ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("## coding-sets-2 ", StringComparison.Ordinal));
        Assert.Contains("Wrote 2 questions", run.Output);
    }

    [Fact]
    public void A_long_import_names_the_file_and_then_the_writing_on_standard_error()
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "coding.gift");
        File.WriteAllText(gift, Gift);
        var output = Path.Combine(bank.Root, "coding.quiz.md");

        var slow = CliRun.Of(["import", gift, "-o", output], TextReader.Null, new WorkOutlastsEveryTimer());

        Assert.Equal(0, slow.ExitCode);
        var lines = slow.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Importing {HitQuiz.Loading.DisplayPath.For(gift)} ...", lines[0]);
        Assert.Equal("Checking and writing 2 questions ...", lines[^1]);
        Assert.Contains("Wrote 2 questions", slow.Output);
    }

    [Fact]
    public void Imported_options_are_not_written_key_first_every_time()
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "keyfirst.gift");
        File.WriteAllText(gift, string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"::K-{i}::Which code is number {i}? {{=code {i} ~other {i} ~third {i} ~fourth {i}}}")));
        var output = Path.Combine(bank.Questions, "keyfirst.quiz.md");

        var run = CliRun.Of(bank.Args("import", gift, "-o", output));

        Assert.Equal(0, run.ExitCode);
        var firstOptions = File.ReadAllLines(output).Where((line, i) => line.StartsWith("- [", StringComparison.Ordinal) && !File.ReadAllLines(output)[i - 1].StartsWith("- [", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, firstOptions.Count);
        Assert.Contains(firstOptions, line => line.StartsWith("- [ ]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Moodle_question_that_turns_shuffling_off_is_written_in_its_own_order()
    {
        using var bank = new TestBank();
        var xml = Path.Combine(bank.Root, "fixed.xml");
        File.WriteAllText(xml, string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<question type=\"multichoice\"><name><text>F-{i}</text></name><questiontext><text>Which is number {i}?</text></questiontext><shuffleanswers>0</shuffleanswers>"
            + $"<answer fraction=\"100\"><text>first {i}</text></answer><answer fraction=\"0\"><text>second {i}</text></answer><answer fraction=\"0\"><text>third {i}</text></answer></question>"))
            .Insert(0, "<quiz>") + "</quiz>");
        var output = Path.Combine(bank.Questions, "fixed.quiz.md");

        var run = CliRun.Of(bank.Args("import", xml, "-o", output));

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.All(Enumerable.Range(1, 8), i => Assert.Equal(["- [x] first " + i, "- [ ] second " + i, "- [ ] third " + i], lines.Where(l => l.EndsWith($" {i}", StringComparison.Ordinal) && l.StartsWith("- [", StringComparison.Ordinal))));
    }

    [Fact]
    public void Importing_with_format_json_prints_the_common_shape()
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "coding.gift");
        File.WriteAllText(gift, Gift);

        var run = CliRun.Of(["import", gift, "--format", "json"]);
        var json = JsonDocument.Parse(run.Output).RootElement;

        Assert.Equal(["coding-sets", "coding-pairs"], json.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        Assert.Equal("match", json.GetProperty("questions")[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_QTI_1_2_package_exported_from_one_bank_imports_into_another_as_the_same_questions()
    {
        using var bank = new TestBank();
        var package = Path.Combine(bank.Root, "week3.zip");
        var again = Path.Combine(bank.Questions, "week3.quiz.md");

        var export = CliRun.Of(bank.Args("export", "questions", "--format", "qti12", "-o", package));
        var run = CliRun.Of(bank.Args("import", package, "-o", again));
        var check = CliRun.Of(bank.Args("check"));

        Assert.Equal((0, 0), (export.ExitCode, run.ExitCode));
        Assert.Contains("week3.zip/hitquiz-export/hitquiz-export.xml: 3 questions imported, 0 problems.", run.Error);
        Assert.Contains("## week3-t-1 [mc]", File.ReadAllText(again));
        Assert.Contains("6 questions, 0 errors, 0 warnings", check.Output);
    }

    [Theory]
    [InlineData("qti", "no QTI 1.2 assessment in this zip")]
    [InlineData("junk", "not a zip archive.")]
    public void A_zip_that_holds_no_QTI_1_2_assessment_is_named_in_one_line(string content, string message)
    {
        using var bank = new TestBank();
        var package = Path.Combine(bank.Root, "other.zip");
        if (content == "qti")
        {
            CliRun.Of(bank.Args("export", "questions", "--format", "qti", "-o", package));
        }
        else
        {
            File.WriteAllText(package, "not a zip");
        }

        var run = CliRun.Of(["import", package]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("other.zip: " + message, run.Error.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_entry_that_unpacks_to_more_than_64_MB_is_refused_as_it_is_read()
    {
        using var bank = new TestBank();
        var package = Path.Combine(bank.Root, "bomb.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(package, System.IO.Compression.ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("quiz.xml").Open())
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 65; i++)
            {
                entry.Write(zeros);
            }
        }

        var run = CliRun.Of(["import", package]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bomb.zip/quiz.xml: unpacks to more than 64 MB; not read.", run.Error.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_and_the_exit_code_is_1()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(["import", Path.Combine(bank.Root, "nothing.gift")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing.gift: no such file.", run.Error);
    }

    [Fact]
    public void A_file_that_is_not_UTF_8_is_refused_with_its_line()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "latin1.gift");
        File.WriteAllBytes(path, [.. "Is it\n"u8.ToArray(), 0xE9, .. "t\u00E9?{T}"u8.ToArray()]);

        var run = CliRun.Of(["import", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("latin1.gift:2: not valid UTF-8 text (byte 0xE9)", run.Error);
    }

    [Fact]
    public void An_existing_output_file_is_not_overwritten_without_force()
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "coding.gift");
        File.WriteAllText(gift, Gift);

        var run = CliRun.Of(bank.Args("import", gift, "-o", Path.Combine(bank.Questions, "careers.quiz.md")));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists", run.Error);
    }

    [Fact]
    public void A_question_whose_text_reads_as_a_field_is_reported_and_the_rest_still_saved()
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "fields.gift");
        File.WriteAllText(gift, "::Looks like a field::Topic: which body accredits programs?{=CAHIIM ~AHIMA}\n\n::Fine::Is PHI protected?{T}\n");

        var run = CliRun.Of(bank.Args("import", gift, "-o", Path.Combine(bank.Questions, "fields.quiz.md")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("fields.gift:1: mc question \"fields-looks-like-a-field\" cannot be written as a quiz file", run.Error);
        Assert.Contains("Wrote 1 question", run.Output);
    }

    [Fact]
    public void An_empty_file_is_reported_and_nothing_is_written()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "empty.gift");
        File.WriteAllText(path, "\n\n");

        var run = CliRun.Of(["import", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.gift:1: the file is empty; there is nothing to import.", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void The_format_can_be_named_when_the_content_is_ambiguous()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "braces.txt");
        File.WriteAllText(path, "Which set uses {curly} braces in its codes?\nA. None\nB. All\nANSWER: A\n");

        var run = CliRun.Of(["import", path, "--from", "aiken", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"answers\":[\"None\"]", run.Output);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_an_imported_files_first_question()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "Which body awards the RHIT?\nA. AHIMA\nB. AAPC\nANSWER: A\n"u8]);

        var run = CliRun.Of(["import", path, "--from", "aiken", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"stem\":\"Which body awards the RHIT?\"", run.Output);
        Assert.DoesNotContain("\\uFEFF", run.Output);
    }

    [Fact]
    public void Two_files_with_the_same_name_import_without_a_repeated_id()
    {
        using var bank = new TestBank();
        Directory.CreateDirectory(Path.Combine(bank.Root, "d1"));
        Directory.CreateDirectory(Path.Combine(bank.Root, "d2"));
        var first = Path.Combine(bank.Root, "d1", "x.gift");
        var second = Path.Combine(bank.Root, "d2", "x.gift");
        File.WriteAllText(first, "::Q1::Same? {T}\n");
        File.WriteAllText(second, "::Q1::Other? {F}\n");
        var output = Path.Combine(bank.Root, "two.quiz.md");

        var run = CliRun.Of(["import", first, second, "-o", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("already used by an earlier file", run.Error);
        var check = CliRun.Of(["check", output, "--questions", bank.Questions]);
        Assert.Contains("0 errors", check.Output);
        Assert.Contains("Same?", File.ReadAllText(output));
        Assert.Contains("Other?", File.ReadAllText(output));
    }
}
