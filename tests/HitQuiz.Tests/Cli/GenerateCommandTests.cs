using System.Text.Json;
using HitQuiz.Cli;
using Microsoft.Extensions.Time.Testing;

namespace HitQuiz.Tests.Cli;

public sealed class GenerateCommandTests
{
    private static string Shipped
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "questions", "sources", "how-to-become-a-health-information-technician.txt");
                if (File.Exists(Path.Combine(dir.FullName, "HitQuiz.sln")))
                {
                    return path;
                }
            }

            throw new InvalidOperationException("HitQuiz.sln not found");
        }
    }

    // A clock that never moves: the note for a slow document is left to the test about it.
    private static (int Code, string Out, string Err) Run(string source, string? output = null, string format = "text", TimeProvider? clock = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = GenerateCommand.Run(source, output, format, stdout, stderr, clock ?? new FakeTimeProvider(CliRun.Start));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_document_still_being_read_after_a_moment_is_named_on_standard_error()
    {
        var (code, _, err) = Run(Shipped, format: "json", clock: new WorkOutlastsEveryTimer());

        Assert.Equal(0, code);
        Assert.StartsWith("Generating questions from ", err, StringComparison.Ordinal);
        Assert.Contains("how-to-become-a-health-information-technician.txt ...", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_a_question_file_in_the_questions_folder_already_asks_are_named_with_that_question()
    {
        var (code, _, summary) = Run(Shipped);

        Assert.Equal(0, code);
        Assert.Contains("Already asked by a question file in the questions folder (", summary);
        Assert.Matches(@"G-54abeeaa asks what HIT-0001 asks \(.*hit-starter\.quiz\.md:8\)", summary);
    }

    [Fact]
    public void Json_with_an_output_file_is_written_to_that_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hitquiz-json-{Guid.NewGuid():N}.json");
        try
        {
            var (code, stdout, _) = Run(Shipped, output: path, format: "json");

            Assert.Equal(0, code);
            Assert.DoesNotContain("\"questions\"", stdout);
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.True(doc.RootElement.GetProperty("questions").GetArrayLength() > 0);

            var again = CliRun.Of(["generate", Shipped, "--format", "json", "-o", path]);
            Assert.Equal(2, again.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_document_read_at_once_leaves_standard_error_empty_in_json_mode()
    {
        var (_, _, err) = Run(Shipped, format: "json");

        Assert.Equal("", err);
    }

    [Fact]
    public void Json_output_has_the_shape_tools_rely_on()
    {
        var (code, json, _) = Run(Shipped, format: "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("sources/how-to-become-a-health-information-technician.txt", root.GetProperty("source").GetString());
        var first = root.GetProperty("questions")[0];
        Assert.Equal(["id", "kind", "stem", "options", "answers", "section", "lines", "evidence"], first.EnumerateObject().Select(p => p.Name));
        Assert.Contains(first.GetProperty("kind").GetString(), new[] { "mc", "multi", "tf", "cloze", "not" });
        Assert.Equal(2, first.GetProperty("lines").GetArrayLength());
        var conflict = root.GetProperty("conflicts")[0];
        Assert.Equal(["attribute", "values"], conflict.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["text", "line"], conflict.GetProperty("values")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_output_lists_every_kind_and_the_three_conflicts()
    {
        using var doc = JsonDocument.Parse(Run(Shipped, format: "json").Out);
        var kinds = doc.RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("kind").GetString()).ToHashSet();
        Assert.Equal(["cloze", "mc", "multi", "not", "tf"], kinds.Order());
        Assert.Equal(
            ["Median Salary", "Entry-level education", "meaning of HIT"],
            doc.RootElement.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("attribute").GetString()));
    }

    [Fact]
    public void A_quiz_file_is_written_with_draft_items_and_the_summary_is_printed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"generated-{Guid.NewGuid():N}.quiz.md");
        try
        {
            var (code, output, _) = Run(Shipped, path);
            Assert.Equal(0, code);
            var quiz = File.ReadAllText(path);
            Assert.StartsWith("# Quiz: How To Become A Health Information Technician\nSource file: sources/how-to-become-a-health-information-technician.txt\n", quiz, StringComparison.Ordinal);
            Assert.Contains("Status: draft", quiz, StringComparison.Ordinal);
            Assert.Matches(@"## G-[0-9a-f]{8} \[cloze\]\n(?:\w+: .*\n)+.*\[\[[^\]]+\]\]", quiz);
            Assert.Matches(@"Answer: (true|false)\n", quiz);
            Assert.Contains("Questions per kind: mc ", output, StringComparison.Ordinal);
            Assert.Contains("Median Salary", output, StringComparison.Ordinal);
            Assert.Contains("Entry-level education", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_source_outside_a_questions_folder_is_drafted_with_a_note_on_where_to_put_it()
    {
        using var folder = new HitQuiz.Tests.Loading.TempFolder();
        var source = folder.Write("outside.md", "# Coding\n\nCoders assign ICD-10-CM codes, such as diagnoses, procedures, and more.\n");
        var output = Path.Combine(folder.Root, "outside.quiz.md");

        var run = CliRun.Of(["generate", source, "-o", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("outside.md is not in a questions/sources/ folder; copy it to questions/sources/ and put the question file in questions/, so that check and the trainer find the source it cites.", run.Error);
    }

    [Fact]
    public void A_source_inside_a_questions_folder_gets_no_such_note()
    {
        var (_, _, err) = Run(Shipped);

        Assert.DoesNotContain("is not in a questions/sources/ folder", err);
    }

    [Fact]
    public void A_question_file_that_exists_is_not_overwritten_without_force()
    {
        using var folder = new HitQuiz.Tests.Loading.TempFolder();
        var path = folder.Write("careers.quiz.md", "## C-1 [tf]\nStatus: ok\nReviewed by hand.\nAnswer: true\n");

        var run = CliRun.Of(["generate", Shipped, "-o", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"hitquiz: {HitQuiz.Loading.DisplayPath.For(path)} already exists; choose another name, or add --force to overwrite it.", run.Error.Trim());
        Assert.Equal("## C-1 [tf]\nStatus: ok\nReviewed by hand.\nAnswer: true\n", File.ReadAllText(path));
    }

    [Fact]
    public void With_force_an_existing_question_file_is_replaced_by_the_draft()
    {
        using var folder = new HitQuiz.Tests.Loading.TempFolder();
        var path = folder.Write("careers.quiz.md", "## C-1 [tf]\nReviewed by hand.\nAnswer: true\n");

        var run = CliRun.Of(["generate", Shipped, "-o", path, "--force"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Quiz: How To Become A Health Information Technician\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(folder.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_document_with_nothing_to_ask_says_so_in_its_summary()
    {
        var source = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.txt");
        File.WriteAllText(source, "Notes\n\nSee you soon.\n");
        try
        {
            var (code, _, error) = Run(source);

            Assert.Equal(0, code);
            Assert.Contains("No questions: the document states no fact a question can be made from (a table row, a list, an acronym, a number or a definition).", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Questions per kind", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(source);
        }
    }

    [Fact]
    public void Without_an_output_file_the_quiz_goes_to_standard_output_and_the_summary_to_standard_error()
    {
        var (code, output, error) = Run(Shipped);
        Assert.Equal(0, code);
        Assert.StartsWith("# Quiz: ", output, StringComparison.Ordinal);
        Assert.Contains("Conflicting facts (3)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_of_conflicting_facts_is_cut_short_with_a_pointer_to_all_of_them()
    {
        // Twelve copies of the shipped article, each its own article with its own conflicts.
        var source = Path.Combine(Path.GetTempPath(), $"hitquiz-conflicts-{Guid.NewGuid():N}.txt");
        var text = string.Join("\n\nLeave a Reply\n\n", Enumerable.Repeat(File.ReadAllText(Shipped), 12));
        File.WriteAllText(source, text);
        var conflicts = HitQuiz.Generation.QuestionGenerator.Generate(HitQuiz.Sources.PlainTextSourceParser.Parse("sources/c.txt", text)).Conflicts.Count;
        try
        {
            var (code, _, error) = Run(source);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

            Assert.True(conflicts > GenerateCommand.MostConflictsListed, $"only {conflicts} conflicts");
            Assert.Equal(0, code);
            Assert.Contains($"Conflicting facts ({conflicts}); no question uses these values:", lines);
            Assert.Equal(GenerateCommand.MostConflictsListed, lines.Count(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("  ...", StringComparison.Ordinal)));
            Assert.Equal($"  ... and {conflicts - GenerateCommand.MostConflictsListed} more: '--format json' lists every one.", lines[^1]);
        }
        finally
        {
            File.Delete(source);
        }
    }

    [Fact]
    public void A_missing_source_is_reported_in_one_line_with_its_file_and_line()
    {
        var (code, output, error) = Run("/nonexistent/source.txt");
        Assert.Equal(1, code);
        Assert.Equal("/nonexistent/source.txt:1: no such file.", error.Trim());
        Assert.Equal("", output);
    }

    [Fact]
    public void A_folder_given_as_the_source_is_refused_in_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("hitquiz-generate-").FullName;
        try
        {
            var (code, output, error) = Run(folder);
            Assert.Equal(1, code);
            Assert.EndsWith(":1: is a folder; give a source document (.txt or .md).", error.Trim(), StringComparison.Ordinal);
            Assert.Equal("", output);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Theory]
    [InlineData("unit2.quiz.md", "is a question file, not a source document (.txt or .md).")]
    [InlineData("unit2.gift", "not a source document (.txt or .md); GIFT, Aiken, Moodle XML and QTI files are imported into a quiz file first: hitquiz import {0} -o {1}.quiz.md")]
    [InlineData("notes.rtf", "not a source document (.txt or .md).")]
    public void A_file_that_is_not_a_source_document_is_refused_in_one_line_and_nothing_is_written(string name, string message)
    {
        var folder = Directory.CreateTempSubdirectory("hitquiz-generate-").FullName;
        var path = Path.Combine(folder, name);
        var quiz = Path.Combine(folder, "out.quiz.md");
        File.WriteAllText(path, "Health facts\n\nJobs will grow by 21 percent through 2020.\n");
        try
        {
            var (code, output, error) = Run(path, quiz);
            Assert.Equal(1, code);
            Assert.Equal($"{path}:1: {string.Format(System.Globalization.CultureInfo.InvariantCulture, message, path, path[..^5])}", error.Trim());
            Assert.Equal("", output);
            Assert.False(File.Exists(quiz));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x48, 0x49, 0x00, 0x01, 0x02 }, "looks like a binary file, not text.")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x0A }, "not valid UTF-8 text; save the file as UTF-8.")]
    public void A_source_the_trainer_would_refuse_is_refused_here_too_and_nothing_is_written(byte[] bytes, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"source-{Guid.NewGuid():N}.txt");
        var quiz = Path.ChangeExtension(path, ".quiz.md");
        File.WriteAllBytes(path, bytes);
        try
        {
            var (code, output, error) = Run(path, quiz);
            Assert.Equal(1, code);
            Assert.Equal($"{path}:1: {message}", error.Trim());
            Assert.Equal("", output);
            Assert.False(File.Exists(quiz));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_format_is_rejected()
    {
        var (code, _, error) = Run(Shipped, format: "yaml");
        Assert.Equal(2, code);
        Assert.Contains("unknown format \"yaml\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_source_is_read_with_the_markdown_parser()
    {
        var path = Path.Combine(Path.GetTempPath(), $"source-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, "# Coders\n\n## Credentials\n\nAll programs should be accredited by the Commission on Accreditation for Health Informatics and Information Management Education (CAHIIM). Certification is available through the American Health Information Management Association (AHIMA). The U.S. Bureau of Labor Statistics (BLS) publishes pay data.\n");
        try
        {
            using var doc = JsonDocument.Parse(Run(path, format: "json").Out);
            Assert.Contains(doc.RootElement.GetProperty("questions").EnumerateArray(), q => q.GetProperty("section").GetString() == "Credentials");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
