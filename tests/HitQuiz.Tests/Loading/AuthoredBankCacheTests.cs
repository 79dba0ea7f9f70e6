using HitQuiz.Loading;

namespace HitQuiz.Tests.Loading;

public sealed class AuthoredBankCacheTests : IDisposable
{
    private const string Source = "Careers\n\nSalary\n\nJobs will grow by 21 percent.\n";

    private readonly TempFolder _bank = new();
    private readonly TempFolder _cacheRoot = new();

    private string CacheFolder => Path.Combine(_cacheRoot.Root, "authored");

    private LoadedBank Load() => BankLoader.Load(_bank.Root, authoredCache: new AuthoredBankCache(CacheFolder));

    private static string Quiz(string id, string stem) =>
        $"# Quiz: Careers\nSource file: sources/careers.txt\n\n## {id} [tf]\nSource: Salary\nEvidence: Jobs will grow by 21 percent.\n{stem}\nAnswer: true\n";

    // The same number of bytes and the same modification time: only the cache can tell the old text from the new.
    private static void ReplaceKeepingStamp(string path, string text)
    {
        var written = File.GetLastWriteTimeUtc(path);
        Assert.Equal(new FileInfo(path).Length, System.Text.Encoding.UTF8.GetByteCount(text));
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, written);
    }

    private void WriteBank()
    {
        _bank.Write("sources/careers.txt", Source);
        _bank.Write("a.quiz.md", Quiz("A-1", "Jobs will grow by 21 percent."));
        _bank.Write("b.quiz.md", Quiz("B-1", "Jobs grow; see the source line.").Replace("Evidence: Jobs", "Evidence: Wages", StringComparison.Ordinal));
        _bank.Write("c.quiz.md", "## C-1 [mc]\nNo options here.\n");
    }

    [Fact]
    public void An_unchanged_folder_is_read_from_the_cache_with_the_same_questions_problems_and_skipped_files()
    {
        WriteBank();
        var first = Load();
        ReplaceKeepingStamp(Path.Combine(_bank.Root, "a.quiz.md"), Quiz("A-1", "Jobs will grow by 21 PERCENT."));

        var second = Load();

        Assert.Equal(first.Questions.Select(q => (q.Id, q.Stem, q.Origin)), second.Questions.Select(q => (q.Id, q.Stem, q.Origin)));
        Assert.Equal("Jobs will grow by 21 percent.", second.Questions.Single(q => q.Id == "A-1").Stem);
        Assert.Equal(first.Problems, second.Problems);
        Assert.Equal(first.Skipped, second.Skipped);
        Assert.Contains(second.Problems, p => !p.IsError);
        Assert.Single(second.Skipped);
    }

    [Fact]
    public void An_edited_question_file_or_source_is_read_again()
    {
        WriteBank();
        Load();

        File.AppendAllText(Path.Combine(_bank.Root, "a.quiz.md"), "\n## A-2 [tf]\nJobs are many.\nAnswer: true\n");
        Assert.Contains(Load().Questions, q => q.Id == "A-2");

        Assert.Contains(Load().Problems, p => p.Message.Contains("B-1: evidence not found", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(_bank.Root, "sources", "careers.txt"), "Wages will grow by 21 percent.\n");
        Assert.DoesNotContain(Load().Problems, p => p.Message.Contains("B-1: evidence not found", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(CacheFolder));
    }

    [Fact]
    public void A_damaged_cache_entry_is_read_again_from_the_files()
    {
        WriteBank();
        var first = Load();
        var entry = Assert.Single(Directory.GetFiles(CacheFolder));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);

        var again = Load();

        Assert.Equal(first.Questions.Select(q => q.Id), again.Questions.Select(q => q.Id));
        Assert.NotEqual(bytes.Length / 2, new FileInfo(Assert.Single(Directory.GetFiles(CacheFolder))).Length);
    }

    [Theory]
    [InlineData(0)] // the file count, the last number of an entry with no file
    [InlineData(1)] // the problem count, the last number of an entry whose one file has no question and no problem
    public void A_damaged_entry_claiming_a_huge_number_of_files_or_problems_is_not_used_and_nothing_is_allocated_for_them(int files)
    {
        var cache = new AuthoredBankCache(CacheFolder);
        var part = new CheckedQuizFile(Path.Combine(_bank.Root, "a.quiz.md"), 1, 1, "a.quiz.md", 0, [], [], []);
        cache.Write(_bank.Root, "stamp", new AuthoredBank(new HitQuiz.Questions.PackedQuestions(), files == 0 ? [] : [part]));
        Assert.NotNull(cache.Read(_bank.Root, "stamp"));
        var entry = Assert.Single(Directory.GetFiles(CacheFolder));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, [.. bytes[..^4], 0xFF, 0xFF, 0xFF, 0x7F]);

        Assert.Null(cache.Read(_bank.Root, "stamp"));
    }

    [Fact]
    public void Only_an_edited_question_file_is_read_again_the_others_come_from_the_cache()
    {
        WriteBank();
        Load();
        ReplaceKeepingStamp(Path.Combine(_bank.Root, "a.quiz.md"), Quiz("A-1", "Jobs will grow by 21 PERCENT."));
        File.AppendAllText(Path.Combine(_bank.Root, "b.quiz.md"), "\n## B-2 [tf]\nJobs are many.\nAnswer: true\n");

        var again = Load();

        Assert.Equal("Jobs will grow by 21 percent.", again.Questions.Single(q => q.Id == "A-1").Stem);
        Assert.Contains(again.Questions, q => q.Id == "B-2");
        Assert.Single(Directory.GetFiles(CacheFolder));
    }

    [Fact]
    public void Ids_repeated_across_files_are_reported_as_a_whole_folder_read_reports_them_after_each_edit()
    {
        WriteBank();
        var a = Path.Combine(_bank.Root, "a.quiz.md");
        var d = _bank.Write("d.quiz.md", Quiz("a-1", "Jobs will grow by 21 percent.") + "\n## D-2 [tf]\nJobs are many.\nAnswer: true\n");
        File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(d, DateTime.UtcNow.AddHours(-1));
        void SameAsWithoutCache()
        {
            var cached = Load();
            var read = BankLoader.Load(_bank.Root);
            Assert.Equal(read.Questions.Select(q => (q.Id, q.Stem, q.Origin)), cached.Questions.Select(q => (q.Id, q.Stem, q.Origin)));
            Assert.Equal(read.Problems, cached.Problems);
            Assert.Equal(read.Skipped, cached.Skipped);
        }

        SameAsWithoutCache();
        Assert.Contains(Load().Problems, p => p.File.EndsWith("d.quiz.md", StringComparison.Ordinal) && p.Message.StartsWith("duplicate id \"a-1\"", StringComparison.Ordinal));

        // The older file is edited: the newer one, unchanged and from the cache, still repeats its id.
        File.AppendAllText(a, "\n## A-3 [tf]\nJobs are many.\nAnswer: true\n");
        File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddHours(-2));
        SameAsWithoutCache();
        Assert.DoesNotContain(Load().Questions, q => q.Id == "D-2");

        // The id is taken out of the older file: the newer one loads.
        File.WriteAllText(a, Quiz("A-9", "Jobs will grow by 21 percent."));
        File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddHours(-2));
        SameAsWithoutCache();
        Assert.Contains(Load().Questions, q => q.Id == "D-2");
    }

    [Fact]
    public void A_removed_question_file_leaves_the_bank_and_its_problems_with_it()
    {
        WriteBank();
        Load();
        File.Delete(Path.Combine(_bank.Root, "c.quiz.md"));

        var again = Load();

        Assert.DoesNotContain(again.Problems, p => p.File.EndsWith("c.quiz.md", StringComparison.Ordinal));
        Assert.Empty(again.Skipped);
        Assert.Equal(again.Problems, BankLoader.Load(_bank.Root).Problems);
    }

    [Fact]
    public void An_entry_keeps_no_text_of_edited_files_and_its_bank_loads_as_a_whole_folder_read_does()
    {
        WriteBank();
        var cache = new AuthoredBankCache(CacheFolder);
        var path = Path.Combine(_bank.Root, "a.quiz.md");
        var sizes = new List<long>();
        Load();
        for (var i = 0; i < 6; i++)
        {
            File.AppendAllText(path, $"\n## A-{i + 2} [tf]\nJobs are many.\nAnswer: true\n");
            var cached = BankLoader.Load(_bank.Root, authoredCache: cache);
            var read = BankLoader.Load(_bank.Root);

            Assert.Equal(read.Questions.Select(q => (q.Id, q.Stem, q.Origin)), cached.Questions.Select(q => (q.Id, q.Stem, q.Origin)));
            Assert.Equal(read.Problems, cached.Problems);
            sizes.Add(new FileInfo(Assert.Single(Directory.GetFiles(CacheFolder))).Length);
        }

        // The entry holds what one written from scratch holds.
        using var fresh = new TempFolder();
        BankLoader.Load(_bank.Root, authoredCache: new AuthoredBankCache(fresh.Root));
        Assert.Equal(new FileInfo(Assert.Single(Directory.GetFiles(fresh.Root))).Length, sizes[^1]);
    }

    [Fact]
    public void Named_files_are_never_read_from_the_cache()
    {
        WriteBank();
        Load();
        var a = Path.Combine(_bank.Root, "a.quiz.md");
        ReplaceKeepingStamp(a, Quiz("A-1", "Jobs will grow by 21 PERCENT."));

        var named = BankLoader.Load(_bank.Root, [a], authoredCache: new AuthoredBankCache(CacheFolder));

        Assert.Equal("Jobs will grow by 21 PERCENT.", Assert.Single(named.Questions).Stem);
    }

    public void Dispose()
    {
        _bank.Dispose();
        _cacheRoot.Dispose();
    }
}
