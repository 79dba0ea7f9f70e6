using System.Security.Cryptography;
using HitQuiz.Sessions;

namespace HitQuiz.Storage;

public sealed class TruncatedDatabaseTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData(8192 + 100)]
    [InlineData(4096)]
    public void A_truncated_database_is_refused_with_one_clear_line_and_left_unchanged(int keep)
    {
        using (var store = QuizStore.Open(_temp.Db))
        {
            for (var i = 0; i < 200; i++)
            {
                store.RecordAnswer(new AnswerRecord("ana", $"Q-{i}", ["x"], true, TimeSpan.FromSeconds(1), new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i), 1, "S"));
            }
        }

        using (var file = new FileStream(_temp.Db, FileMode.Open))
        {
            file.SetLength(keep);
        }

        var before = SHA256.HashData(File.ReadAllBytes(_temp.Db));

        var error = Assert.Throws<StoreException>(() =>
        {
            using var store = QuizStore.Open(_temp.Db);
            store.Totals("ana");
            store.Answers("ana");
        });

        Assert.Contains(_temp.Db, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(_temp.Db)));
    }

    public void Dispose() => _temp.Dispose();
}
