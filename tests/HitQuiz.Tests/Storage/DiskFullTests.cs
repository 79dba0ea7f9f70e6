using HitQuiz.Sessions;

namespace HitQuiz.Storage;

public sealed class DiskFullTests
{
    private static AnswerRecord Answer(int i) => new(
        "ana", $"Q-{i % 40}", ["an option with some text to take up room"], i % 3 == 0, TimeSpan.FromSeconds(3),
        new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i), 1, "Section");

    [RootFact]
    public void A_database_whose_write_failed_is_kept_so_that_its_transaction_is_never_finalized()
    {
        var before = QuizStore.KeptAfterFailureCount;
        using var temp = new TempDirectory();
        using (var disk = new SmallDisk(Path.Combine(temp.Root, "small"), 700))
        using (var store = QuizStore.Open(Path.Combine(disk.Path, "hitquiz.db")))
        {
            Assert.Throws<StoreException>(() =>
            {
                for (var i = 0; i < 100_000; i++)
                {
                    store.RecordAnswer(Answer(i));
                }
            });
        }

        Assert.True(QuizStore.KeptAfterFailureCount > before);
    }

    [RootFact]
    public void A_full_disk_gives_one_clear_error_and_keeps_every_answer_saved_before_it()
    {
        using var temp = new TempDirectory();
        var saved = 0;
        StoreException? error = null;
        using (var disk = new SmallDisk(Path.Combine(temp.Root, "small"), 700))
        {
            var path = Path.Combine(disk.Path, "hitquiz.db");
            using (var store = QuizStore.Open(path))
            {
                for (var i = 0; i < 100_000 && error is null; i++)
                {
                    try
                    {
                        store.RecordAnswer(Answer(i));
                        saved++;
                    }
                    catch (StoreException e)
                    {
                        error = e;
                    }
                }
            }

            foreach (var file in Directory.GetFiles(disk.Path))
            {
                File.Copy(file, Path.Combine(temp.Root, System.IO.Path.GetFileName(file)));
            }
        }

        Assert.NotNull(error);
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        using var reopened = QuizStore.Open(Path.Combine(temp.Root, "hitquiz.db"));
        Assert.Equal(saved, reopened.Answers("ana").Count);
        Assert.Equal(saved, reopened.Totals("ana").Answered);
    }
}
