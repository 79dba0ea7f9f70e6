using HitQuiz.Stats;
using LiteDB;
using static HitQuiz.Storage.StoreDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// Hand mapping of a learner's <see cref="AnswerDigest"/>: buckets as [quarter-hour index, answered, correct] arrays
/// (compact: a year of daily study is a few thousand of them) and items as short-keyed documents.
/// </summary>
internal static class DigestDocuments
{
    public static BsonDocument ToDocument(string learner, AnswerDigest digest) => new()
    {
        ["_id"] = learner,
        ["buckets"] = new BsonArray(digest.Buckets.Select(b =>
            (BsonValue)new BsonArray(new BsonValue(TimeBucket.IndexOf(b.Start)), new BsonValue(b.Answered), new BsonValue(b.Correct)))),
        ["items"] = new BsonArray(digest.Items.Select(i => (BsonValue)new BsonDocument
        {
            ["q"] = i.QuestionId,
            ["s"] = i.Section,
            ["n"] = i.Attempts,
            ["c"] = i.Correct,
            ["lc"] = i.LastCorrect,
            ["la"] = ToMs(i.LastAnswered),
        })),
    };

    public static AnswerDigest ToDigest(BsonDocument doc) => new(
        [.. doc["buckets"].AsArray.Select(b => b.AsArray)
            .Select(b => new TimeBucket(TimeBucket.StartOf(b[0].AsInt64), b[1].AsInt32, b[2].AsInt32))],
        [.. doc["items"].AsArray.Select(v => v.AsDocument)
            .Select(i => new ItemRecord(i["q"].AsString, i["s"].AsString, i["n"].AsInt32, i["c"].AsInt32, i["lc"].AsBoolean, FromMs(i["la"])))]);
}
