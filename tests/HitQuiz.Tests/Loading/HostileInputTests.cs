using System.Text;
using HitQuiz.Loading;

namespace HitQuiz.Tests.Loading;

public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Messages(LoadedBank bank) => string.Join("\n", bank.Problems.Select(p => p.ToString()));

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_loads()
    {
        var text = "# Quiz: Unicode\n\n" + TempFolder.TrueFalse("U-1");
        _folder.WriteBytes("u.quiz.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal("U-1", Assert.Single(bank.Questions).Id);
    }

    [Fact]
    public void Binary_data_is_refused_as_not_text_and_the_others_load()
    {
        _folder.WriteBytes("b.quiz.md", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        _folder.Write("ok.quiz.md", "# Quiz: Fine\n\n" + TempFolder.TrueFalse("OK-1"));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Contains("b.quiz.md:1: looks like a binary file, not text.", Messages(bank), StringComparison.Ordinal);
        Assert.Equal("OK-1", Assert.Single(bank.Questions).Id);
    }

    [Theory]
    [InlineData("\u0001", "U+0001")]
    [InlineData("\u001b[2J", "U+001B")]
    [InlineData("\u009b2J", "U+009B")]
    [InlineData("\u007f", "U+007F")]
    public void A_control_character_in_a_question_file_is_named_at_its_line_and_the_others_load(string control, string code)
    {
        _folder.Write("c.quiz.md", "# Quiz: Controls\n\n## C-1 [tf]\nThe sky " + control + "is blue.\nAnswer: true\n");
        _folder.Write("ok.quiz.md", "# Quiz: Fine\n\n" + TempFolder.TrueFalse("OK-1"));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Contains($"c.quiz.md:4: a control character ({code}) at column 9; question files and sources are plain text.", Messages(bank), StringComparison.Ordinal);
        Assert.Equal("OK-1", Assert.Single(bank.Questions).Id);
    }

    [Fact]
    public void A_control_character_in_a_source_is_named_at_its_line()
    {
        _folder.Write("sources/s.txt", "Health facts\n\nJobs will grow by 21 percent.\nThe \u001b[31mend.\n");

        var bank = BankLoader.Load(_folder.Root, generate: true);

        Assert.Contains("s.txt:4: a control character (U+001B) at column 5; question files and sources are plain text.", Messages(bank), StringComparison.Ordinal);
        Assert.Empty(bank.Sources);
    }

    [Fact]
    public void Page_breaks_in_a_source_are_read_as_spaces_and_keep_its_line_numbers()
    {
        _folder.Write("sources/s.txt", "Health facts\n\nJobs will grow by 21 percent.\n\fPage two starts here.\vAnd goes on.\n");

        var bank = BankLoader.Load(_folder.Root);
        var lines = bank.Sources["sources/s.txt"].Lines;

        Assert.Empty(bank.Problems);
        Assert.Equal(" Page two starts here. And goes on.", lines[3]);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        var path = Path.Combine(_folder.Root, "huge.quiz.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var bank = BankLoader.Load(_folder.Root);

        Assert.Contains("huge.quiz.md:1: too large (100 MB); question files and sources are limited to 16 MB.", Messages(bank), StringComparison.Ordinal);
    }

    [Fact]
    public void A_million_lines_and_a_one_megabyte_line_load_without_a_crash()
    {
        _folder.Write("lines.quiz.md", "# Quiz: Lines\n" + string.Concat(Enumerable.Repeat("stray text\n", 1_000_000)));
        _folder.Write("long.quiz.md", "# Quiz: Long\n\n## L-1 [tf]\n" + new string('x', 1024 * 1024) + "\nAnswer: true\n");

        var bank = BankLoader.Load(_folder.Root);

        // Text before the first question is a description; the long stem is a question like any other.
        Assert.Equal("L-1", Assert.Single(bank.Questions).Id);
        Assert.Empty(bank.Skipped);
    }

    [Fact]
    public void A_link_to_a_file_outside_the_questions_folder_is_not_followed()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.quiz.md", "# Quiz: Elsewhere\n\n" + TempFolder.TrueFalse("S-1"));
        File.CreateSymbolicLink(Path.Combine(_folder.Root, "link.quiz.md"), secret);

        var bank = BankLoader.Load(_folder.Root);

        Assert.Empty(bank.Questions);
        Assert.Contains("link.quiz.md:1: links to a file outside the questions folder; skipped.", Messages(bank), StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_folder_leading_outside_is_not_followed_either()
    {
        using var outside = new TempFolder();
        outside.Write("inner/secret.quiz.md", "# Quiz: Elsewhere\n\n" + TempFolder.TrueFalse("S-2"));
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "more"), Path.Combine(outside.Root, "inner"));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Empty(bank.Questions);
    }

    [Fact]
    public void A_link_inside_the_questions_folder_is_followed()
    {
        var real = _folder.Write("real/a.quiz.md", "# Quiz: Real\n\n" + TempFolder.TrueFalse("R-1"));
        File.CreateSymbolicLink(Path.Combine(_folder.Root, "alias.quiz.md"), real);

        var bank = BankLoader.Load(_folder.Root, [Path.Combine(_folder.Root, "alias.quiz.md")]);

        Assert.Equal("R-1", Assert.Single(bank.Questions).Id);
    }

    [Fact]
    public void A_folder_named_outside_the_questions_folder_is_read_and_only_links_leading_out_of_it_are_skipped()
    {
        using var elsewhere = new TempFolder();
        elsewhere.Write("course/a.quiz.md", "# Quiz: Course\n\n" + TempFolder.TrueFalse("C-1"));
        var secret = elsewhere.Write("private/b.quiz.md", "# Quiz: Private\n\n" + TempFolder.TrueFalse("C-2"));
        File.CreateSymbolicLink(Path.Combine(elsewhere.Root, "course", "link.quiz.md"), secret);

        var bank = BankLoader.Load(_folder.Root, [Path.Combine(elsewhere.Root, "course")]);

        Assert.Equal("C-1", Assert.Single(bank.Questions).Id);
        var problem = Assert.Single(bank.Problems);
        Assert.EndsWith("link.quiz.md:1: links to a file outside the folder being read; skipped.", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_questions_folder_that_is_a_file_is_named_as_such()
    {
        var file = _folder.Write("notes.txt", "not a folder");

        var bank = BankLoader.Load(file);

        Assert.Empty(bank.Questions);
        Assert.EndsWith("notes.txt:1: is a file, not a folder; give the questions folder.", Assert.Single(bank.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_questions_folder_is_named_as_such()
    {
        var bank = BankLoader.Load(Path.Combine(_folder.Root, "nowhere"));

        Assert.EndsWith("nowhere:1: no such questions folder.", Assert.Single(bank.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_nested_too_deeply_for_markdown_is_read_as_plain_text_with_a_warning()
    {
        _folder.Write("sources/deep.md", "# Deep\n\n" + string.Concat(Enumerable.Repeat("> ", 5000)) + "text\n");

        var bank = BankLoader.Load(_folder.Root);

        Assert.Contains("deep.md:1: warning: Markdown nested too deeply to read as Markdown; read as plain text.", Messages(bank), StringComparison.Ordinal);
        Assert.True(bank.Sources.ContainsKey("sources/deep.md"));
    }

    public void Dispose() => _folder.Dispose();
}
