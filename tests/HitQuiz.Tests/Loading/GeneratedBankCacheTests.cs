using HitQuiz.Generation;
using HitQuiz.Loading;
using HitQuiz.Questions;
using HitQuiz.Sources;
using HitQuiz.Tests.Cli;

namespace HitQuiz.Tests.Loading;

public sealed class GeneratedBankCacheTests : IDisposable
{
    private readonly TempFolder _cacheRoot = new();
    private readonly TestBank _bank = new();
    private int _generations;

    private string CacheFolder => Path.Combine(_cacheRoot.Root, "generated");

    private GeneratedBankCache Cache => new(CacheFolder);

    private static SourceDocument Parse(string text) => PlainTextSourceParser.Parse("sources/careers.txt", text);

    private List<Question> Generate(SourceDocument source)
    {
        _generations++;
        return [.. QuestionGenerator.Generate(source).Questions.Select(g => g.Question)];
    }

    private string[] Entries() => Directory.Exists(CacheFolder) ? Directory.GetFiles(CacheFolder) : [];

    [Fact]
    public void An_unchanged_source_is_generated_once_and_then_read_from_the_cache()
    {
        var first = Cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source), Generate);
        var second = Cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source), Generate);

        Assert.Equal(1, _generations);
        Assert.NotEmpty(first);
        Assert.Equal(first.Select(q => (q.Id, q.Stem, q.Source)), second.Select(q => (q.Id, q.Stem, q.Source)));
        Assert.Equal(first.SelectMany(q => q.Options), second.SelectMany(q => q.Options));
        Assert.Equal(first.SelectMany(q => q.Answers), second.SelectMany(q => q.Answers));
    }

    [Fact]
    public void Loading_names_each_document_it_generates_and_none_it_reads_from_the_cache()
    {
        var named = new List<string>();

        BankLoader.Load(_bank.Questions, generate: true, cache: Cache, generating: d => named.Add(d.Name));
        BankLoader.Load(_bank.Questions, generate: true, cache: Cache, generating: d => named.Add(d.Name));

        Assert.Equal(["sources/careers.txt"], named);
    }

    [Fact]
    public void An_edited_source_is_generated_again_and_its_old_entry_removed()
    {
        Cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source), Generate);
        var oldEntry = Assert.Single(Entries());

        var edited = Cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source.Replace("21 percent", "25 percent")), Generate);

        Assert.Equal(2, _generations);
        Assert.Contains(edited, q => q.Stem.Contains("25", StringComparison.Ordinal) || q.Answers.Any(a => a.Contains("25", StringComparison.Ordinal)));
        Assert.NotEqual(oldEntry, Assert.Single(Entries()));
    }

    [Fact]
    public void The_same_document_name_in_another_questions_folder_has_its_own_entry()
    {
        using var other = new TestBank();

        Cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source), Generate);
        Cache.GetOrGenerate(other.Questions, Parse(TestBank.Source), Generate);

        Assert.Equal(2, Entries().Length);
    }

    [Fact]
    public void A_damaged_entry_is_generated_again_and_replaced()
    {
        var expected = Cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source), Generate);
        var entry = Assert.Single(Entries());
        File.WriteAllBytes(entry, File.ReadAllBytes(entry)[..20]);

        var again = Cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source), Generate);
        var third = Cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source), Generate);

        Assert.Equal(2, _generations);
        Assert.Equal(expected.Select(q => q.Id), again.Select(q => q.Id));
        Assert.Equal(expected.Select(q => q.Id), third.Select(q => q.Id));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_created_still_gives_the_generated_questions()
    {
        var blocker = _cacheRoot.Write("not-a-folder", "a file where the cache folder would go");
        var cache = new GeneratedBankCache(Path.Combine(blocker, "generated"));

        var questions = cache.GetOrGenerate(_bank.Questions, Parse(TestBank.Source), Generate);

        Assert.NotEmpty(questions);
        Assert.Equal(1, _generations);
    }

    [Fact]
    public void The_trainer_bank_is_the_same_whether_generated_or_read_from_the_cache()
    {
        var fresh = BankLoader.Load(_bank.Questions, generate: true);
        BankLoader.Load(_bank.Questions, generate: true, cache: Cache);
        var cached = BankLoader.Load(_bank.Questions, generate: true, cache: Cache);

        Assert.Single(Entries());
        Assert.Equal(fresh.GeneratedCount, cached.GeneratedCount);
        Assert.Equal(fresh.Questions.Select(q => (q.Id, q.Kind, q.Stem, q.Source, q.Status)), cached.Questions.Select(q => (q.Id, q.Kind, q.Stem, q.Source, q.Status)));
    }

    [Theory]
    [InlineData("HITQUIZ_CACHE", "/srv/cache", "/srv/cache/generated")]
    [InlineData("XDG_CACHE_HOME", "/home/ana/.xdg-cache", "/home/ana/.xdg-cache/hitquiz/generated")]
    [InlineData("XDG_CACHE_HOME", "relative/is/ignored", "/home/ana/.cache/hitquiz/generated")]
    [InlineData("HOME", "/home/ana", "/home/ana/.cache/hitquiz/generated")]
    public void The_cache_lives_where_the_environment_says_else_in_the_users_cache_folder(string variable, string value, string expected)
    {
        var env = new Dictionary<string, string> { ["HOME"] = "/home/ana", [variable] = value };

        Assert.Equal(expected, GeneratedBankCache.Default(name => env.GetValueOrDefault(name)).Directory);
    }

    public void Dispose()
    {
        _bank.Dispose();
        _cacheRoot.Dispose();
    }
}
