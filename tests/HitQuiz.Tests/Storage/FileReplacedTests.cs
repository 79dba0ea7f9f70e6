using HitQuiz.Sessions;

namespace HitQuiz.Storage;

public sealed class FileReplacedTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static AnswerRecord Answer(string question) =>
        new("ana", question, ["x"], true, TimeSpan.FromSeconds(1), new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), 1, "S");

    [Fact]
    public void A_database_deleted_mid_session_stops_the_next_write_with_one_clear_line()
    {
        using var store = QuizStore.Open(_temp.Db);
        store.RecordAnswer(Answer("Q-1"));

        File.Delete(_temp.Db);
        var error = Assert.Throws<StoreException>(() => store.RecordAnswer(Answer("Q-2")));

        Assert.Equal($"{_temp.Db} was deleted while HitQuiz was running; answers from now on cannot be saved. Restart HitQuiz to start a new database there", error.Message);
    }

    [Fact]
    public void A_database_replaced_mid_session_is_left_untouched_and_the_write_refused()
    {
        using var store = QuizStore.Open(_temp.Db);
        store.RecordAnswer(Answer("Q-1"));
        var replacement = Path.Combine(_temp.Root, "other.db");
        File.WriteAllText(replacement, "someone else's file");

        File.Move(replacement, _temp.Db, overwrite: true);
        var error = Assert.Throws<StoreException>(() => store.RecordAnswer(Answer("Q-2")));

        Assert.Contains("was replaced while HitQuiz was running", error.Message, StringComparison.Ordinal);
        Assert.Equal("someone else's file", File.ReadAllText(_temp.Db));
    }

    public void Dispose() => _temp.Dispose();
}
