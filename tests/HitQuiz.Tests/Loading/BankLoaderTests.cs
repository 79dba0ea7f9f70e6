using HitQuiz.Loading;

namespace HitQuiz.Tests.Loading;

public sealed class BankLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Shown(string path) => DisplayPath.For(path);

    [Fact]
    public void Questions_load_from_every_quiz_file_in_the_folder_and_its_subfolders()
    {
        _folder.Write("a.quiz.md", TempFolder.TrueFalse("A-1"));
        _folder.Write("unit2/b.quiz.md", TempFolder.TrueFalse("B-1") + TempFolder.TrueFalse("B-2"));
        _folder.Write("notes.md", "not a quiz");

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal(["A-1", "B-1", "B-2"], bank.Questions.Select(q => q.Id));
        Assert.Equal((2, 2), (bank.FileCount, bank.QuestionFileCount));
        Assert.Empty(bank.Problems);
    }

    [Fact]
    public void A_file_with_an_error_is_skipped_as_a_whole_and_the_others_load()
    {
        _folder.Write("good.quiz.md", TempFolder.TrueFalse("G-1"));
        var broken = _folder.Write("broken.quiz.md", TempFolder.TrueFalse("X-1") + "## X-2 [tf]\nJobs grow.\nSorce: x\nAnswer: true\n");

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal(["G-1"], bank.Questions.Select(q => q.Id));
        var skipped = Assert.Single(bank.Skipped);
        Assert.Equal(Shown(broken), skipped.File);
        Assert.Equal($"{Shown(broken)}:7: unknown field \"Sorce:\"; did you mean \"Source:\"?", skipped.Reason);
    }

    [Fact]
    public void Rejected_questions_are_left_out_of_the_bank()
    {
        _folder.Write("a.quiz.md", TempFolder.TrueFalse("A-1", "Status: rejected\n") + TempFolder.TrueFalse("A-2", "Status: draft\n"));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal(["A-2"], bank.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Source_documents_are_keyed_by_their_path_under_the_questions_folder()
    {
        _folder.Write("sources/hit.txt", "Health facts\n\nJobs will grow by 21 percent.\n");
        _folder.Write("sources/more/notes.md", "# Notes\n\nText.\n");
        _folder.Write("sources/not-a-source.quiz.md", TempFolder.TrueFalse("S-1"));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal(["sources/hit.txt", "sources/more/notes.md"], bank.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("sources/hit.txt", bank.Sources["sources/hit.txt"].Name);
        Assert.Equal(["S-1"], bank.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_question_citing_its_source_loads_when_the_section_resolves()
    {
        _folder.Write("sources/hit.txt", "Health facts\n\nJobs will grow by 21 percent.\n");
        _folder.Write("a.quiz.md", "Source file: sources/hit.txt\n" + TempFolder.TrueFalse("A-1", "Source: Health facts\nEvidence: Jobs will grow by 21 percent.\n"));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Empty(bank.Problems);
        Assert.Single(bank.Questions);
    }

    [Fact]
    public void A_question_citing_a_missing_document_skips_its_file()
    {
        var file = _folder.Write("a.quiz.md", TempFolder.TrueFalse("A-1", "Source: sources/gone.txt > Salary\n"));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Empty(bank.Questions);
        Assert.Equal($"{Shown(file)}:2: A-1: source document \"sources/gone.txt\" not found.", Assert.Single(bank.Problems).ToString());
    }

    [Fact]
    public void A_duplicate_id_in_a_second_file_skips_that_file()
    {
        _folder.Write("a.quiz.md", TempFolder.TrueFalse("Q-1"));
        var second = _folder.Write("b.quiz.md", TempFolder.TrueFalse("Q-1") + TempFolder.TrueFalse("Q-2"));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal(["Q-1"], bank.Questions.Select(q => q.Id));
        Assert.Equal(Shown(second), Assert.Single(bank.Skipped).File);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_line_1_and_skipped()
    {
        _folder.Write("good.quiz.md", TempFolder.TrueFalse("G-1"));
        var bad = _folder.WriteBytes("latin1.quiz.md", [.. "## L-1 [tf]\nCaf"u8, 0xE9, .. "\nAnswer: true\n"u8]);

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal($"{Shown(bad)}:1: not valid UTF-8 text; save the file as UTF-8.", Assert.Single(bank.Problems).ToString());
        Assert.Equal(["G-1"], bank.Questions.Select(q => q.Id));
        Assert.Equal(Shown(bad), Assert.Single(bank.Skipped).File);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_at_line_1_and_the_others_load()
    {
        _folder.Write("good.quiz.md", TempFolder.TrueFalse("G-1"));
        var locked = _folder.Write("locked.quiz.md", TempFolder.TrueFalse("L-1"));
        using var holder = new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var bank = BankLoader.Load(_folder.Root);

        var problem = Assert.Single(bank.Problems);
        Assert.Equal((Shown(locked), 1), (problem.File, problem.Line));
        Assert.StartsWith("cannot read the file: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["G-1"], bank.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        _folder.WriteBytes("bom.quiz.md", [0xEF, 0xBB, 0xBF, .. "# Quiz: T\r\n"u8, .. System.Text.Encoding.UTF8.GetBytes(TempFolder.TrueFalse("B-1"))]);

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal(["B-1"], bank.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_source_documents_byte_order_mark_is_not_part_of_its_text()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        _folder.WriteBytes("sources/a.txt", [.. bom, .. "Accreditation\r\n\r\nAll programs should be accredited by CAHIIM.\r\n"u8]);
        _folder.WriteBytes("sources/b.md", [.. bom, .. "# Certification\n\nThe RHIT is awarded by AHIMA.\n"u8]);

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal("Accreditation", bank.Sources["sources/a.txt"].Title);
        Assert.Equal(["Certification"], bank.Sources["sources/b.md"].Sections.Select(s => s.Title).Where(t => t.Length > 0).Distinct());
        Assert.DoesNotContain(bank.Sources.Values.SelectMany(d => d.Lines), line => line.Contains('\uFEFF', StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_repeated_in_a_newer_file_skips_the_newer_file_not_the_established_one()
    {
        var established = _folder.Write("zz-bank.quiz.md", TempFolder.TrueFalse("HIT-1") + TempFolder.TrueFalse("HIT-2"));
        var added = _folder.Write("aa-new.quiz.md", TempFolder.TrueFalse("HIT-1"));
        File.SetLastWriteTimeUtc(established, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(added, new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc));

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal(["HIT-1", "HIT-2"], bank.Questions.Select(q => q.Id));
        var problem = Assert.Single(bank.Problems);
        Assert.EndsWith("aa-new.quiz.md", problem.File, StringComparison.Ordinal);
        Assert.Contains("zz-bank.quiz.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_given_files_and_folders_are_loaded()
    {
        var one = _folder.Write("a.quiz.md", TempFolder.TrueFalse("A-1"));
        _folder.Write("b.quiz.md", TempFolder.TrueFalse("B-1"));
        var unit = Path.Combine(_folder.Root, "unit3");
        _folder.Write("unit3/c.quiz.md", TempFolder.TrueFalse("C-1"));

        var bank = BankLoader.Load(_folder.Root, [one, unit]);

        Assert.Equal(["A-1", "C-1"], bank.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_missing_path_is_reported_at_line_1()
    {
        var missing = Path.Combine(_folder.Root, "nope.quiz.md");

        var bank = BankLoader.Load(_folder.Root, [missing]);

        Assert.Equal($"{Shown(missing)}:1: no such file or folder.", Assert.Single(bank.Problems).ToString());
    }

    [Fact]
    public void A_missing_questions_folder_is_reported_without_throwing()
    {
        var bank = BankLoader.Load(Path.Combine(_folder.Root, "absent"));

        Assert.Equal(1, bank.ErrorCount);
        Assert.Empty(bank.Questions);
    }

    [Fact]
    public void A_path_under_the_current_directory_is_shown_relative_to_it()
    {
        var inside = Path.Combine(Environment.CurrentDirectory, "q", "a.quiz.md");

        Assert.Equal(Path.Combine("q", "a.quiz.md"), DisplayPath.For(inside));
    }

    [Fact]
    public void A_path_outside_the_current_directory_is_shown_absolute()
    {
        var outside = Path.GetFullPath(Path.Combine(Environment.CurrentDirectory, "..", "elsewhere.quiz.md"));

        Assert.Equal(outside, DisplayPath.For(outside));
    }

    [Fact]
    public void A_source_named_explicitly_is_loaded_and_counted()
    {
        var source = _folder.Write("sources/hit.md", "# Health facts\n\nJobs will grow.\n");

        var bank = BankLoader.Load(_folder.Root, [source]);

        Assert.Equal((1, 0), (bank.FileCount, bank.QuestionFileCount));
        Assert.True(bank.Sources.ContainsKey("sources/hit.md"));
    }

    [Fact]
    public void A_file_of_another_type_named_explicitly_is_reported()
    {
        var other = _folder.Write("bank.json", "{}");

        var bank = BankLoader.Load(_folder.Root, [other]);

        Assert.Equal($"{Shown(other)}:1: not a question file (*.quiz.md) or a source document (.txt, .md).", Assert.Single(bank.Problems).ToString());
    }

    [Fact]
    public void An_LMS_file_left_in_the_questions_folder_is_named_with_the_import_that_reads_it()
    {
        var gift = _folder.Write("unit2.gift", "::Q::Which? {=A ~B}");
        _folder.Write("more/week3.zip", "PK");
        _folder.Write("ok.quiz.md", TempFolder.TrueFalse("OK-1"));

        var bank = BankLoader.Load(_folder.Root);
        var messages = bank.Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(["OK-1"], bank.Questions.Select(q => q.Id));
        Assert.Contains($"{Shown(gift)}:1: warning: not read: GIFT, Aiken, Moodle XML and QTI files are imported into a quiz file first: hitquiz import {Shown(gift)} -o {Shown(gift)[..^5]}.quiz.md", messages);
        Assert.Equal(2, bank.WarningCount);
        Assert.Empty(bank.Skipped);
    }

    [Fact]
    public void A_text_file_outside_sources_is_named_as_not_read_with_where_it_belongs()
    {
        var stray = _folder.Write("article.txt", "Health facts\n\nJobs will grow by 21 percent.\n");

        var bank = BankLoader.Load(_folder.Root);

        Assert.Equal($"{Shown(stray)}:1: warning: not read: source documents are read from sources/ (move it there), and an Aiken file is imported first (hitquiz import).", Assert.Single(bank.Problems).ToString());
        Assert.Empty(bank.Sources);
    }

    [Fact]
    public void An_LMS_file_named_explicitly_is_refused_with_the_import_that_reads_it()
    {
        var xml = _folder.Write("bank.xml", "<quiz/>");

        var bank = BankLoader.Load(_folder.Root, [xml]);

        Assert.Equal($"{Shown(xml)}:1: not a question file (*.quiz.md) or a source document (.txt, .md); GIFT, Aiken, Moodle XML and QTI files are imported into a quiz file first: hitquiz import {Shown(xml)} -o {Shown(xml)[..^4]}.quiz.md", Assert.Single(bank.Problems).ToString());
    }
}
