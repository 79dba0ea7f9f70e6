using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using LiteDB;

namespace HitQuiz.Storage;

public sealed class SchemaUpgradeTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    private static AnswerRecord Answer(string question, bool correct, int day) =>
        new("ana", question, ["an option"], correct, TimeSpan.FromSeconds(4), Day.AddDays(day), 1, "Coding");

    // Writes the schema version an older (or newer) HitQuiz would have left in the database.
    private static void MarkAsSchema(LiteDatabase db, int version)
    {
        var meta = db.GetCollection("meta");
        var schema = meta.FindById("schema");
        schema["version"] = version;
        meta.Update(schema);
    }

    // Ana answers q1 right and leaves q2 unanswered in an exam; her statistics are then read (so a digest is stored).
    private void RecordOneAnswerAndOneItemLeftUnanswered()
    {
        using var store = QuizStore.Open(_temp.Db);
        store.RecordAnswer(Answers.Of("ana", "q1", true, Answers.Monday));
        store.RecordAnswer(Answers.Unanswered("ana", "q2", Answers.Monday));
        _ = store.Digest("ana");
    }

    // A schema-1 database: answers and progress, no cards, no review log, meta version 1.
    private string MakeSchema1Database()
    {
        using (var store = QuizStore.Open(_temp.Db))
        {
            store.RecordAnswer(Answer("Q-1", correct: true, 0));
            store.RecordAnswer(Answer("Q-1", correct: true, 3));
            store.RecordAnswer(Answer("Q-2", correct: false, 1));
        }

        using var db = new LiteDatabase($"Filename={_temp.Db}");
        db.DropCollection("cards");
        db.DropCollection("reviews");
        MarkAsSchema(db, 1);
        db.Checkpoint();
        return _temp.Db;
    }

    [Fact]
    public void Opening_a_schema_1_database_backs_it_up_first_and_keeps_every_answer()
    {
        var path = MakeSchema1Database();

        using var store = QuizStore.Open(path);

        Assert.Equal(3, store.Answers("ana").Count);
        Assert.Equal(new LearnerTotals(3, 2), store.Totals("ana"));
        using var backup = new LiteDatabase($"Filename={QuizStore.BackupPath(path, 1)};ReadOnly=true");
        Assert.Equal(1, backup.GetCollection("meta").FindById("schema")["version"].AsInt32);
        Assert.Equal(3, backup.GetCollection("answers").Count());
        Assert.False(backup.CollectionExists("cards"));
    }

    [Fact]
    public void Upgrading_from_schema_1_rebuilds_cards_by_replaying_the_answers()
    {
        var path = MakeSchema1Database();

        using var store = QuizStore.Open(path);

        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzzing = false });
        var expected = scheduler.Replay([(Grade.Good, Day), (Grade.Good, Day.AddDays(3))]);
        Assert.Equal(expected, store.Cards("ana")["Q-1"]);
        Assert.Equal([Grade.Good, Grade.Good], store.ReviewLogs("ana", "Q-1").Select(l => l.Grade));
        Assert.Equal(Grade.Again, Assert.Single(store.ReviewLogs("ana", "Q-2")).Grade);
    }

    [Fact]
    public void An_upgraded_database_is_not_upgraded_again()
    {
        var path = MakeSchema1Database();
        using (QuizStore.Open(path))
        {
        }

        File.Delete(QuizStore.BackupPath(path, 1));
        using var store = QuizStore.Open(path);

        Assert.False(File.Exists(QuizStore.BackupPath(path, 1)));
        Assert.Equal(2, store.ReviewLogs("ana", "Q-1").Count);
    }

    [Fact]
    public void A_backup_already_in_the_way_stops_the_upgrade_with_a_clear_message()
    {
        var path = MakeSchema1Database();
        File.WriteAllText(QuizStore.BackupPath(path, 1), "an older backup");

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(path));

        Assert.Contains("is in the way; move it aside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_2_database_is_backed_up_and_opens_with_every_answer()
    {
        using (var store = QuizStore.Open(_temp.Db))
        {
            store.RecordAnswer(Answers.Of("ana", "q1", true, Answers.Monday));
        }

        using (var db = new LiteDatabase($"Filename={_temp.Db}"))
        {
            MarkAsSchema(db, 2);
        }

        using var reopened = QuizStore.Open(_temp.Db);

        Assert.Single(reopened.Answers("ana"));
        Assert.True(File.Exists(QuizStore.BackupPath(_temp.Db, 2)));
    }

    [Fact]
    public void Upgrading_from_schema_3_stops_counting_unanswered_exam_items_as_answers()
    {
        RecordOneAnswerAndOneItemLeftUnanswered();

        // As schema 3 kept them: the unanswered item counted in the totals, the progress and the digest.
        using (var db = new LiteDatabase($"Filename={_temp.Db}"))
        {
            var learner = db.GetCollection("learners").FindOne(Query.EQ("name", "ana"));
            learner["answered"] = 2;
            db.GetCollection("learners").Update(learner);
            var old = new HitQuiz.Stats.DigestBuilder();
            old.Add("q1", "Duties", true, Answers.Monday);
            old.Add("q2", "Duties", false, Answers.Monday);
            db.GetCollection("digests").Upsert(DigestDocuments.ToDocument("ana", old.Build()));
            MarkAsSchema(db, 3);
        }

        using var reopened = QuizStore.Open(_temp.Db);

        Assert.True(File.Exists(QuizStore.BackupPath(_temp.Db, 3)));
        Assert.Equal(2, reopened.Answers("ana").Count);
        Assert.Equal(new LearnerTotals(1, 1), reopened.Totals("ana"));
        Assert.Equal((1, 1), (reopened.Digest("ana").Answered, reopened.Digest("ana").Correct));
        Assert.Equal("q1", Assert.Single(reopened.Digest("ana").Items).QuestionId);
    }

    [Fact]
    public void Upgrading_from_schema_4_folds_the_digests_again_to_count_exam_items_left_unanswered()
    {
        RecordOneAnswerAndOneItemLeftUnanswered();

        // As schema 4 kept it: the digest has no omissions, and has folded every answer.
        using (var db = new LiteDatabase($"Filename={_temp.Db}"))
        {
            var digest = db.GetCollection("digests").FindById("ana");
            digest.Remove("omitted");
            db.GetCollection("digests").Update(digest);
            MarkAsSchema(db, 4);
        }

        using var reopened = QuizStore.Open(_temp.Db);

        Assert.True(File.Exists(QuizStore.BackupPath(_temp.Db, 4)));
        Assert.Equal([new HitQuiz.Stats.OmittedItem("q2", "Duties", 1)], reopened.Digest("ana").Omitted);
        Assert.Equal((1, 1), (reopened.Digest("ana").Answered, reopened.Digest("ana").Correct));
    }

    [Fact]
    public void A_database_from_a_newer_HitQuiz_is_refused_with_a_clear_message()
    {
        using (QuizStore.Open(_temp.Db))
        {
        }

        using (var db = new LiteDatabase($"Filename={_temp.Db}"))
        {
            MarkAsSchema(db, 99);
        }

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));

        Assert.Contains("was written by a newer HitQuiz (schema 99); upgrade HitQuiz to open it", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
