using System.IO.Compression;
using System.Xml.Linq;
using HitQuiz.Cli;

namespace HitQuiz.Tests.Cli;

public sealed class ExportVerbTests
{
    [Fact]
    public void Exporting_to_GIFT_prints_every_question_with_its_id_as_title()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args("export", "questions", "--format", "gift"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("::T-1::Which body should accredit programs? {", run.Output);
        Assert.Contains("::T-3::Students learn {", run.Output);
    }

    [Fact]
    public void A_bank_still_being_read_after_the_delay_is_named_on_standard_error_before_the_count()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args("export", "questions", "--format", "gift"), TextReader.Null, new WorkOutlastsEveryTimer());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [$"Loading the questions in {HitQuiz.Loading.DisplayPath.For(bank.Questions)} ...", "Exported 3 questions."],
            run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("::T-1::", run.Output);
    }

    [Theory]
    [InlineData("gift", "bank.gift")]
    [InlineData("moodle-xml", "bank.xml")]
    public void A_file_export_holds_the_same_text_as_standard_output_without_a_byte_order_mark(string format, string name)
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, name);

        var shown = CliRun.Of(bank.Args("export", "questions", "--format", format));
        var written = CliRun.Of(bank.Args("export", "questions", "--format", format, "-o", path));

        Assert.Equal((0, 0), (shown.ExitCode, written.ExitCode));
        Assert.Equal(shown.Output, File.ReadAllText(path));
        Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void A_bank_folder_outside_the_questions_folder_is_exported_with_its_own_sources()
    {
        using var bank = new TestBank();
        using var other = new HitQuiz.Tests.Loading.TempFolder();
        other.Write("sources/hit.txt", "Health facts\n\nJobs will grow by 21 percent.\n");
        other.Write("course.quiz.md", "# Course\nSource file: sources/hit.txt\n\n" + HitQuiz.Tests.Loading.TempFolder.TrueFalse("C-1", "Source: Health facts\n"));

        var run = CliRun.Of(bank.Args("export", "questions", other.Root, "--format", "gift"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("::C-1::", run.Output);
        Assert.DoesNotContain("::T-1::", run.Output);
    }

    [Fact]
    public void Exporting_to_Moodle_XML_writes_a_well_formed_quiz()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "bank.xml");

        var run = CliRun.Of(bank.Args("export", "questions", "--format", "moodle-xml", "-o", path));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, XDocument.Load(path).Root!.Elements("question").Count());
    }

    [Fact]
    public void Exporting_to_QTI_writes_a_zip_with_a_manifest_and_one_item_per_question()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "bank.zip");

        var run = CliRun.Of(bank.Args("export", "questions", "--format", "qti", "-o", path));
        using var zip = ZipFile.OpenRead(path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["imsmanifest.xml", "items/T-1.xml", "items/T-2.xml", "items/T-3.xml"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Exporting_to_QTI_1_2_writes_a_zip_with_a_manifest_and_one_assessment_titled_after_the_file()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "RHIT week 3.zip");

        var run = CliRun.Of(bank.Args("export", "questions", "--format", "qti12", "-o", path));
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(HitQuiz.Formats.Qti12Writer.AssessmentPath)!.Open());
        var assessment = XDocument.Parse(reader.ReadToEnd()).Root!.Elements().Single();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["imsmanifest.xml", HitQuiz.Formats.Qti12Writer.AssessmentPath], zip.Entries.Select(e => e.FullName));
        Assert.Equal("RHIT week 3", (string?)assessment.Attribute("title"));
        Assert.Equal(["T-1", "T-2", "T-3"], assessment.Descendants().Where(e => e.Name.LocalName == "item").Select(i => (string?)i.Attribute("ident")));
    }

    [Fact]
    public void A_QTI_1_2_export_needs_an_output_file()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args("export", "questions", "--format", "qti12"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("name it with -o", run.Error);
    }

    [Fact]
    public void A_bank_exported_to_GIFT_and_imported_again_checks_cleanly_with_its_sources()
    {
        using var bank = new TestBank();
        var gift = Path.Combine(bank.Root, "bank.gift");
        var again = Path.Combine(bank.Questions, "again.quiz.md");

        CliRun.Of(bank.Args("export", "questions", "--format", "gift", "-o", gift));
        var import = CliRun.Of(bank.Args("import", gift, "-o", again));
        var check = CliRun.Of(bank.Args("check"));

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Source file: sources/careers.txt", File.ReadAllText(again));
        Assert.Contains("6 questions, 0 errors, 0 warnings", check.Output);
    }

    [Fact]
    public void A_QTI_export_needs_an_output_file()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args("export", "questions", "--format", "qti"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("name it with -o", run.Error);
    }

    [Theory]
    [InlineData("bank.gift", "::T-1::")]
    [InlineData("bank.xml", "<quiz>")]
    [InlineData("bank.zip", "PK")]
    public void Without_a_format_the_output_file_s_extension_names_it(string file, string starts)
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, file);

        var run = CliRun.Of(bank.Args("export", "questions", "-o", path));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(starts, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("-o", "bank.txt")]
    public void Without_a_format_or_a_known_extension_the_export_asks_for_one_in_one_line(params string[] more)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args(["export", "questions", .. more]));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("hitquiz: say which format with --format gift, moodle-xml, qti or qti12, or name an -o file ending .gift, .xml or .zip.", run.Error.Trim());
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("bank.gift")]
    [InlineData("bank.xml")]
    [InlineData("bank.zip")]
    public void An_export_file_named_as_a_question_path_that_does_not_exist_is_taken_for_the_output_and_the_hint_says_so(string file)
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.Args("export", "questions", file));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"hitquiz: {file} is not a question file or folder; to write the bank to it, use -o {file}.", run.Error.Trim());
        // Nothing was written where the name points (the current folder), nor printed.
        Assert.False(File.Exists(file));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void An_export_that_finds_no_question_leaves_an_existing_output_file_as_it_was()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "bank.gift");
        File.WriteAllText(path, "an earlier export");

        var run = CliRun.Of(bank.Args("export", "questions", "-o", path, "--force", Path.Combine(bank.Root, "missing.quiz.md")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("missing.quiz.md:1: no such file or folder.", run.Error);
        Assert.Contains("hitquiz: no question to export; ", run.Error);
        Assert.Contains("bank.gift was not written.", run.Error);
        Assert.Equal("an earlier export", File.ReadAllText(path));
    }

    [Fact]
    public void Export_questions_will_not_write_over_an_existing_file_without_force()
    {
        using var bank = new TestBank();
        var path = Path.Combine(bank.Root, "learner.db");
        File.WriteAllText(path, "a learner's database");

        var refused = CliRun.Of(bank.Args("export", "questions", "--format", "gift", "-o", path));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("learner.db already exists; choose another name, or add --force to overwrite it.", refused.Error);
        Assert.Equal("a learner's database", File.ReadAllText(path));

        var forced = CliRun.Of(bank.Args("export", "questions", "--format", "gift", "-o", path, "--force"));

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("::", File.ReadAllText(path));
    }

    [Fact]
    public void Other_export_subcommands_can_be_added()
    {
        var env = new CliEnvironment(TextReader.Null, TextWriter.Null, TextWriter.Null, _ => null, TimeProvider.System);

        var export = ExportVerbs.Create(new GlobalOptions(), env, new System.CommandLine.Command("results"));

        Assert.Equal(["questions", "results"], export.Subcommands.Select(c => c.Name));
    }
}
