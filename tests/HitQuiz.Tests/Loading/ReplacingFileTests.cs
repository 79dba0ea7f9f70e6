using System.Text;
using HitQuiz.Loading;

namespace HitQuiz.Tests.Loading;

public sealed class ReplacingFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string PathOf(string name) => Path.Combine(_folder.Root, name);

    private string[] Files() => [.. Directory.GetFiles(_folder.Root).Select(Path.GetFileName).OfType<string>()];

    [Fact]
    public void A_write_that_completes_replaces_the_file_and_leaves_nothing_beside_it()
    {
        _folder.Write("bank.quiz.md", "old");

        ReplacingFile.Write(PathOf("bank.quiz.md"), stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(PathOf("bank.quiz.md")));
        Assert.Equal(["bank.quiz.md"], Files());
    }

    [Fact]
    public void A_write_that_fails_halfway_leaves_the_earlier_file_as_it_was_and_nothing_beside_it()
    {
        _folder.Write("bank.quiz.md", "old");

        var failure = Assert.Throws<IOException>(() => ReplacingFile.Write(PathOf("bank.quiz.md"), stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes(new string('x', 1 << 20)));
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal("old", File.ReadAllText(PathOf("bank.quiz.md")));
        Assert.Equal(["bank.quiz.md"], Files());
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_named_in_the_error_rather_than_its_temporary()
    {
        var path = PathOf(Path.Combine("no-such-folder", "bank.quiz.md"));

        var failure = Assert.ThrowsAny<IOException>(() => ReplacingFile.Write(path, stream => stream.Write("new"u8)));

        Assert.Contains(path, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
