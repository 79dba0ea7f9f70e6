using HitQuiz.Sessions;
using LiteDB;
using static HitQuiz.Storage.StoreDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// The aggregates that keep totals and history fast: counts on each learner document and one progress document
/// per learner and question. They are derived data: the answers collection is the source of truth and
/// <see cref="Rebuild"/> recomputes them from it. An exam item left unanswered is stored but counted in none of them
/// (see <see cref="AnswerRecord.IsAnswered"/>).
/// </summary>
internal static class StoreAggregates
{
    public static ILiteCollection<BsonDocument> Learners(LiteDatabase db) => db.GetCollection("learners", BsonAutoId.Int64);

    public static ILiteCollection<BsonDocument> Progress(LiteDatabase db) => db.GetCollection("progress");

    public static BsonDocument FindOrAddLearner(LiteDatabase db, string name, DateTimeOffset now)
    {
        var existing = Learners(db).FindOne(Query.EQ("name", name));
        if (existing is not null)
        {
            return existing;
        }

        var doc = NewLearner(name, now);
        Learners(db).Insert(doc);
        return doc;
    }

    /// <summary>Counts one new answer; call inside the transaction that inserts it.</summary>
    public static void Add(LiteDatabase db, AnswerRecord answer)
    {
        var learner = FindOrAddLearner(db, answer.Learner, answer.AnsweredAt);
        if (!answer.IsAnswered)
        {
            return;
        }

        learner["answered"] = learner["answered"].AsInt32 + 1;
        learner["correct"] = learner["correct"].AsInt32 + (answer.Correct ? 1 : 0);
        Learners(db).Update(learner);

        var progress = Progress(db).FindById(ProgressId(answer.Learner, answer.QuestionId)) ?? NewProgress(answer);
        AddTo(progress, answer);
        Progress(db).Upsert(progress);
    }

    /// <summary>Recomputes every aggregate from the stored answers; call inside a transaction.</summary>
    public static void Rebuild(LiteDatabase db)
    {
        var learners = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
        foreach (var learner in Learners(db).FindAll())
        {
            learner["answered"] = 0;
            learner["correct"] = 0;
            learners[learner["name"].AsString] = learner;
        }

        var progress = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
        foreach (var answer in db.GetCollection("answers").FindAll().Select(ToAnswer))
        {
            var learner = learners.TryGetValue(answer.Learner, out var found) ? found : learners[answer.Learner] = NewLearner(answer.Learner, answer.AnsweredAt);
            if (!answer.IsAnswered)
            {
                continue;
            }

            learner["answered"] = learner["answered"].AsInt32 + 1;
            learner["correct"] = learner["correct"].AsInt32 + (answer.Correct ? 1 : 0);

            var id = ProgressId(answer.Learner, answer.QuestionId).AsString;
            AddTo(progress.TryGetValue(id, out var doc) ? doc : progress[id] = NewProgress(answer), answer);
        }

        Learners(db).Upsert(learners.Values);
        Progress(db).DeleteAll();
        Progress(db).InsertBulk(progress.Values);
    }
}
