using HitQuiz.Loading;

namespace HitQuiz.Tests.Loading;

public sealed class BankSectionsCacheTests : IDisposable
{
    private readonly TempFolder _bank = new();
    private readonly TempFolder _cacheRoot = new();
    private int _loads;

    private string CacheFolder => Path.Combine(_cacheRoot.Root, "bank-sections");

    private BankSectionsCache Cache => new(CacheFolder);

    private BankSections Load()
    {
        _loads++;
        return new BankSections(new Dictionary<string, string>(StringComparer.Ordinal) { ["Q-1"] = "Salary", ["Q-2"] = $"Load {_loads}" }, [$"broken.quiz.md:3: load {_loads}"]);
    }

    private IReadOnlyDictionary<string, string> Read(bool generated = true) => Cache.GetOrLoad(_bank.Root, generated, Load).Sections;

    [Fact]
    public void An_unchanged_bank_is_loaded_once_and_then_read_from_the_cache()
    {
        _bank.Write("unit.quiz.md", TempFolder.TrueFalse("Q-1"));

        var first = Cache.GetOrLoad(_bank.Root, true, Load);
        var second = Cache.GetOrLoad(_bank.Root, true, Load);

        Assert.Equal(1, _loads);
        Assert.Equal(first.Sections.OrderBy(p => p.Key), second.Sections.OrderBy(p => p.Key));
        Assert.Equal(["broken.quiz.md:3: load 1"], second.Skipped);
        Assert.Single(Directory.GetFiles(CacheFolder));
    }

    [Fact]
    public void A_changed_added_or_removed_file_of_the_bank_loads_it_again()
    {
        var unit = _bank.Write("unit.quiz.md", TempFolder.TrueFalse("Q-1"));
        Read();

        File.AppendAllText(unit, TempFolder.TrueFalse("Q-2"));
        Assert.Equal("Load 2", Read()["Q-2"]);
        _bank.Write("sources/article.txt", "An article\n");
        Assert.Equal("Load 3", Read()["Q-2"]);
        File.Delete(unit);
        Assert.Equal("Load 4", Read()["Q-2"]);
        Assert.Single(Directory.GetFiles(CacheFolder));
    }

    [Fact]
    public void Including_generated_questions_or_not_is_cached_apart()
    {
        _bank.Write("unit.quiz.md", TempFolder.TrueFalse("Q-1"));

        Read(generated: true);
        Read(generated: false);

        Assert.Equal(2, _loads);
    }

    [Fact]
    public void A_cache_entry_that_cannot_be_read_is_loaded_again_and_replaced()
    {
        _bank.Write("unit.quiz.md", TempFolder.TrueFalse("Q-1"));
        Read();
        var entry = Assert.Single(Directory.GetFiles(CacheFolder));
        File.WriteAllBytes(entry, [0x05, 0x00]);

        Assert.Equal("Load 2", Read()["Q-2"]);
        Assert.Equal("Load 2", Read()["Q-2"]);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public void A_damaged_entry_claiming_a_huge_number_of_questions_is_loaded_again_without_allocating_for_them()
    {
        _bank.Write("unit.quiz.md", TempFolder.TrueFalse("Q-1"));
        Read();
        var entry = Assert.Single(Directory.GetFiles(CacheFolder));
        File.WriteAllBytes(entry, [0xFF, 0xFF, 0xFF, 0x7F, 0x01, 0x41, 0x01, 0x42]);

        Assert.Equal("Load 2", Read()["Q-2"]);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_is_not_used()
    {
        _bank.Write("unit.quiz.md", TempFolder.TrueFalse("Q-1"));
        File.WriteAllText(CacheFolder, "a file where the folder would be");

        Assert.Equal("Salary", Read()["Q-1"]);
        Assert.Equal("Salary", Read()["Q-1"]);
        Assert.Equal(2, _loads);
    }

    public void Dispose()
    {
        _bank.Dispose();
        _cacheRoot.Dispose();
    }
}
