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

    [Fact]
    public void A_damaged_entry_claiming_a_huge_number_of_problems_is_read_again_without_allocating_for_them()
    {
        WriteBank();
        var first = Load();
        var entry = Assert.Single(Directory.GetFiles(CacheFolder));
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, [.. bytes[..8], 0xFF, 0xFF, 0xFF, 0x7F, .. bytes[12..]]);

        Assert.Equal(first.Problems, Load().Problems);
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
