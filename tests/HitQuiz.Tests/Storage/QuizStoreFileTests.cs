using System.Security.Cryptography;
using HitQuiz.Sessions;
using static HitQuiz.Storage.Answers;

namespace HitQuiz.Storage;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class QuizStoreFileTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Totals_history_and_answers_survive_reopening_the_file()
    {
        using (var store = QuizStore.Open(_temp.Db))
        {
            store.RecordAnswer(Of("ana", "q1", true, Monday, "b", "d"));
            store.RecordAnswer(Of("ana", "q2", false, Monday.AddMinutes(1)));
        }

        using var reopened = QuizStore.Open(_temp.Db);

        Assert.Equal(new LearnerTotals(2, 1), reopened.Totals("ana"));
        Assert.Equal(2, reopened.History("ana").Count);
        Assert.Equal(["b", "d"], reopened.Answers("ana")[0].Chosen);
    }

    [Fact]
    public void Ending_a_session_folds_the_write_ahead_log_into_the_data_file()
    {
        using var store = QuizStore.Open(_temp.Db);
        var session = store.StartSession("ana", "practice", Monday);
        store.RecordAnswer(Of("ana", "q1", true, Monday) with { SessionId = session });
        var log = new FileInfo(StoreFiles.LogPath(_temp.Db));
        Assert.True(log.Exists && log.Length > 0, "the answer is first written to the log");

        store.FinishSession(session, Monday.AddMinutes(1), 1, 1);

        log.Refresh();
        Assert.Equal(0, log.Exists ? log.Length : 0);
        Assert.Single(store.Answers("ana"));
    }

    [Fact]
    public void An_answer_is_on_disk_as_soon_as_it_is_recorded()
    {
        using var store = QuizStore.Open(_temp.Db);
        store.RecordAnswer(Of("ana", "q1", true, Monday));

        // Copy the files while the store is still open: what a crash right now would leave behind.
        var crashed = Path.Combine(_temp.Root, "crashed");
        Directory.CreateDirectory(crashed);
        File.Copy(_temp.Db, Path.Combine(crashed, "hitquiz.db"));
        File.Copy(Path.Combine(_temp.Root, "hitquiz-log.db"), Path.Combine(crashed, "hitquiz-log.db"));

        using var recovered = QuizStore.Open(Path.Combine(crashed, "hitquiz.db"));
        Assert.Equal(new LearnerTotals(1, 1), recovered.Totals("ana"));
    }

    [Fact]
    public void Rebuilding_the_aggregates_repairs_totals_that_disagree_with_the_answers()
    {
        using (var store = QuizStore.Open(_temp.Db))
        {
            store.RecordAnswer(Of("ana", "q1", true, Monday));
            store.RecordAnswer(Of("ana", "q1", false, Monday.AddMinutes(1)));
        }

        using (var raw = new LiteDB.LiteDatabase(_temp.Db))
        {
            var learner = raw.GetCollection("learners").FindOne(LiteDB.Query.EQ("name", "ana"));
            learner["answered"] = 999;
            raw.GetCollection("learners").Update(learner);
            raw.GetCollection("progress").DeleteAll();
        }

        using var reopened = QuizStore.Open(_temp.Db);
        reopened.RebuildAggregates();

        Assert.Equal(new LearnerTotals(2, 1), reopened.Totals("ana"));
        Assert.Equal([new QuestionHistory("q1", 2, 1, Monday.AddMinutes(1), false)], reopened.History("ana"));
    }

    [Fact]
    public void A_missing_directory_is_created_owner_only_and_so_are_the_files()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_temp.Root, "data", "hitquiz", "hitquiz.db");
        using var store = QuizStore.Open(path);
        store.RecordAnswer(Of("ana", "q1", true, Monday));

        Assert.Equal(OwnerOnlyFile | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(path));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(path + ".lock"));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(Path.GetDirectoryName(path)!, "hitquiz-log.db")));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8192)]
    [InlineData(100_000)]
    public void A_file_that_is_not_a_database_is_refused_and_left_unchanged(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        File.WriteAllBytes(_temp.Db, bytes);
        var before = SHA256.HashData(File.ReadAllBytes(_temp.Db));

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));

        Assert.Equal($"{_temp.Db} is not a HitQuiz database; move it aside or choose another with --db", error.Message);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(_temp.Db)));
        Assert.False(File.Exists(Path.Combine(_temp.Root, "hitquiz-log.db")));
    }

    [Fact]
    public void A_database_of_another_program_is_refused()
    {
        using (var other = new LiteDB.LiteDatabase(_temp.Db))
        {
            other.GetCollection("customers").Insert(new LiteDB.BsonDocument { ["name"] = "x" });
        }

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));

        Assert.Contains("is not a HitQuiz database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused()
    {
        QuizStore.Open(_temp.Db).Dispose();
        using (var raw = new LiteDB.LiteDatabase(_temp.Db))
        {
            raw.GetCollection("meta").Update(new LiteDB.BsonDocument { ["_id"] = "schema", ["app"] = "hitquiz", ["version"] = StoreSchema.Version + 1 });
        }

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));

        Assert.Contains("newer HitQuiz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_becomes_a_new_database()
    {
        File.WriteAllBytes(_temp.Db, []);

        using var store = QuizStore.Open(_temp.Db);
        store.RecordAnswer(Of("ana", "q1", true, Monday));

        Assert.Equal(new LearnerTotals(1, 1), store.Totals("ana"));
    }

    [Fact]
    public void A_directory_in_place_of_the_file_is_refused_with_its_path()
    {
        Directory.CreateDirectory(_temp.Db);

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));

        Assert.StartsWith(_temp.Db, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_location_under_a_plain_file_is_refused_with_the_path()
    {
        var file = Path.Combine(_temp.Root, "notes.txt");
        File.WriteAllText(file, "not a folder");
        var path = Path.Combine(file, "hitquiz.db");

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_location_that_cannot_be_written_is_refused_with_the_path()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // chmod does not stop root, so use a file system nobody may create files on.
        var path = "/proc/hitquiz/hitquiz.db";

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_directory_is_refused_with_the_path()
    {
        var dir = Path.Combine(_temp.Root, "locked");
        Directory.CreateDirectory(dir);
        using var readOnly = ReadOnlyDirectory.Make(dir);
        var path = Path.Combine(dir, "hitquiz.db");

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
