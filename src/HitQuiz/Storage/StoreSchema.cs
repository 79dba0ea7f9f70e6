using LiteDB;

namespace HitQuiz.Storage;

/// <summary>
/// The layout of a HitQuiz database (schema 5; schema 1 had no cards or reviews, schema 2 stored statistics digests
/// unpacked and no exam answers in progress, schema 3 counted unanswered exam items in the aggregates, schema 4 kept
/// no count of them in the digests, see <see cref="StoreMigrations"/>):
/// <c>meta</c> {_id: "schema", app: "hitquiz", version};
/// <c>learners</c> {_id: Int64, name (unique), created, answered, correct};
/// <c>sessions</c> {_id: Int64, learner (indexed), mode, started, ended|null, answered, correct};
/// <c>answers</c> {_id: Int64, learner (indexed), question, chosen: [string], correct, responseTicks, answeredAt, session, section};
/// <c>progress</c> {_id: learner + U+001F + question, learner (indexed), question, attempts, correct, lastAnswered (indexed), lastCorrect};
/// <c>cards</c> {_id: learner + U+001F + question, learner (indexed), question, state, step|null, stability|null,
/// difficulty|null, due, lastReview|null} (times as UTC ticks);
/// <c>reviews</c> {_id: Int64, learner (indexed), question, key: learner + U+001F + question (indexed), grade,
/// reviewedAt (UTC ticks), before: card, after: card}; <c>exam_answers</c> {_id: session/item, item, and an answer's
/// fields}: the answers of exams in progress. Learners may carry examDate ("yyyy-MM-dd").
/// Answers are the source of truth; the counts in learners and progress are aggregates kept in the same transaction.
/// </summary>
internal static class StoreSchema
{
    // 3: statistics digests store their items packed, which a schema-2 build cannot read: it must refuse the
    // database with a clear message rather than fail on it. 4: exam items left unanswered count in no aggregate; a
    // schema-3 build would count them again. 5: digests count the exam items left unanswered; a schema-4 build would
    // bring digests up to date without them.
    public const int Version = 5;

    /// <summary>Ensures the collections' indexes (a write: an older database is backed up before this).</summary>
    public static void EnsureIndexes(LiteDatabase db)
    {
        db.GetCollection("learners").EnsureIndex("name", unique: true);
        db.GetCollection("sessions").EnsureIndex("learner");
        db.GetCollection("answers").EnsureIndex("learner");

        // progress._id is learner + question, so the learner+question lookup is by primary key.
        db.GetCollection("progress").EnsureIndex("learner");
        db.GetCollection("progress").EnsureIndex("lastAnswered");
        db.GetCollection("cards").EnsureIndex("learner");
        db.GetCollection("reviews").EnsureIndex("learner");
        db.GetCollection("reviews").EnsureIndex("key");
    }

    /// <summary>Brings an older database up to <see cref="Version"/> in one transaction.</summary>
    public static void Upgrade(LiteDatabase db, int from)
    {
        db.BeginTrans();
        try
        {
            StoreMigrations.Upgrade(db, from);
            var meta = db.GetCollection("meta");
            var schema = meta.FindById("schema");
            schema["version"] = Version;
            meta.Update(schema);
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }

    /// <summary>Checks the database is HitQuiz's (adopting a new, empty one); returns the schema version it was written with.</summary>
    public static int Check(LiteDatabase db, string name, bool isNew)
    {
        var meta = db.GetCollection("meta");
        var schema = meta.FindById("schema");
        if (schema is null)
        {
            // An empty LiteDB file is adopted; one holding someone else's collections is not.
            if (!isNew && db.GetCollectionNames().Any(n => n != "meta"))
            {
                throw NotHitQuiz(name);
            }

            meta.Insert(new BsonDocument { ["_id"] = "schema", ["app"] = "hitquiz", ["version"] = Version });
            return Version;
        }

        if (schema["app"] != "hitquiz")
        {
            throw NotHitQuiz(name);
        }

        if (schema["version"].AsInt32 > Version)
        {
            throw new StoreException($"{name} was written by a newer HitQuiz (schema {schema["version"].AsInt32}); upgrade HitQuiz to open it");
        }

        return schema["version"].AsInt32;
    }

    public static StoreException NotHitQuiz(string name) =>
        new($"{name} is not a HitQuiz database; move it aside or choose another with --db");
}
