using HitQuiz.Stats;
using LiteDB;
using static HitQuiz.Storage.StoreDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// Hand mapping of a learner's <see cref="AnswerDigest"/>. Buckets are packed into one binary value (delta-coded
/// quarter-hour index, answered, correct, as 7-bit varints): a year of answers around the clock is 35,000 buckets,
/// which as BSON arrays took ~100 ms to read and far longer to rewrite; packed they are ~150 KB read in one copy.
/// Items (one per question answered) are short-keyed documents.
/// </summary>
internal static class DigestDocuments
{
    public static BsonDocument ToDocument(string learner, AnswerDigest digest) => new()
    {
        ["_id"] = learner,
        ["buckets"] = Pack(digest.Buckets),
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
        Unpack(doc["buckets"].AsBinary),
        [.. doc["items"].AsArray.Select(v => v.AsDocument)
            .Select(i => new ItemRecord(i["q"].AsString, i["s"].AsString, i["n"].AsInt32, i["c"].AsInt32, i["lc"].AsBoolean, FromMs(i["la"])))]);

    private static byte[] Pack(IReadOnlyList<TimeBucket> buckets)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            writer.Write7BitEncodedInt(buckets.Count);
            var previous = 0L;
            foreach (var bucket in buckets)
            {
                var index = TimeBucket.IndexOf(bucket.Start);
                writer.Write7BitEncodedInt64(index - previous);
                writer.Write7BitEncodedInt(bucket.Answered);
                writer.Write7BitEncodedInt(bucket.Correct);
                previous = index;
            }
        }

        return bytes.ToArray();
    }

    private static TimeBucket[] Unpack(byte[] packed)
    {
        using var reader = new BinaryReader(new MemoryStream(packed));
        var buckets = new TimeBucket[reader.Read7BitEncodedInt()];
        var index = 0L;
        for (var i = 0; i < buckets.Length; i++)
        {
            index += reader.Read7BitEncodedInt64();
            buckets[i] = new TimeBucket(TimeBucket.StartOf(index), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
        }

        return buckets;
    }
}
