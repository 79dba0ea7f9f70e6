using System.Buffers;
using System.Text;
using HitQuiz.Stats;
using LiteDB;
using static HitQuiz.Storage.StoreDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// Hand mapping of a learner's <see cref="AnswerDigest"/>. Buckets are packed into one binary value (delta-coded
/// quarter-hour index, answered, correct, as 7-bit varints): a year of answers around the clock is 35,000 buckets,
/// which as BSON arrays took ~100 ms to read and far longer to rewrite; packed they are ~150 KB read in one copy.
/// Items (one per question answered) are packed too (a table of sections, then per item its id, section number,
/// attempts, correct, last verdict and time): a heavy learner's 12,000 items as short-keyed documents took ~50 ms to
/// read, and a report reads every learner's. Digests written before items were packed are read as they are. Exam items
/// left unanswered are few: an array of {q, s, n} (question, section, times), absent when there are none.
/// </summary>
internal static class DigestDocuments
{
    public static BsonDocument ToDocument(string learner, AnswerDigest digest)
    {
        var doc = new BsonDocument
        {
            ["_id"] = learner,
            ["buckets"] = Pack(digest.Buckets),
            ["items"] = PackItems(digest.Items),
        };
        if (digest.Omitted.Count > 0)
        {
            doc["omitted"] = new BsonArray(digest.Omitted.Select(o => (BsonValue)new BsonDocument { ["q"] = o.QuestionId, ["s"] = o.Section, ["n"] = o.Count }));
        }

        return doc;
    }

    public static AnswerDigest ToDigest(BsonDocument doc)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        return new(Unpack(doc["buckets"].AsBinary), ToItems(doc, strings)) { Omitted = ToOmitted(doc, strings) };
    }

    /// <summary>The exam items left unanswered, their ids and sections shared as <see cref="ToItems"/> shares them.</summary>
    public static List<OmittedItem> ToOmitted(BsonDocument doc, Dictionary<string, string> strings) =>
        doc["omitted"].IsArray
            ? [.. doc["omitted"].AsArray.Select(v => v.AsDocument).Select(o => new OmittedItem(Share(strings, o["q"].AsString), Share(strings, o["s"].AsString), o["n"].AsInt32))]
            : [];

    /// <summary>
    /// Only the items (the report needs no buckets), their ids and sections shared through <paramref name="strings"/>
    /// so that fifty learners' records of the same questions hold one copy of each.
    /// </summary>
    public static List<ItemRecord> ToItems(BsonDocument doc, Dictionary<string, string> strings)
    {
        if (doc["items"].IsBinary)
        {
            return UnpackItems(doc["items"].AsBinary, strings);
        }

        return [.. doc["items"].AsArray.Select(v => v.AsDocument)
            .Select(i => new ItemRecord(Share(strings, i["q"].AsString), Share(strings, i["s"].AsString), i["n"].AsInt32, i["c"].AsInt32, i["lc"].AsBoolean, FromMs(i["la"])))];
    }

    // The copy of the text met first (packed items are looked up in place instead, see ReadShared).
    private static string Share(Dictionary<string, string> strings, string text) =>
        strings.TryGetValue(text, out var shared) ? shared : strings[text] = text;

    private static byte[] PackItems(IReadOnlyList<ItemRecord> items)
    {
        var sections = items.Select(i => i.Section).Distinct(StringComparer.Ordinal).ToList();
        var numbers = sections.Select((s, n) => (s, n)).ToDictionary(x => x.s, x => x.n, StringComparer.Ordinal);
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes))
        {
            writer.Write7BitEncodedInt(sections.Count);
            sections.ForEach(writer.Write);
            writer.Write7BitEncodedInt(items.Count);
            foreach (var item in items)
            {
                writer.Write(item.QuestionId);
                writer.Write7BitEncodedInt(numbers[item.Section]);
                writer.Write7BitEncodedInt(item.Attempts);
                writer.Write7BitEncodedInt(item.Correct);
                writer.Write(item.LastCorrect);
                writer.Write7BitEncodedInt64(item.LastAnswered.ToUnixTimeMilliseconds());
            }
        }

        return bytes.ToArray();
    }

    // Each id and section is looked up in the shared strings as it stands in the packed bytes: a string is made only
    // for one not met before (a report over fifty learners would otherwise make one per learner's item).
    private static List<ItemRecord> UnpackItems(byte[] packed, Dictionary<string, string> strings)
    {
        var shared = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = new MemoryStream(packed, writable: false);
        using var reader = new BinaryReader(stream);
        var sections = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < sections.Length; i++)
        {
            sections[i] = ReadShared(packed, stream, reader, shared);
        }

        var items = new List<ItemRecord>(reader.Read7BitEncodedInt());
        for (var i = items.Capacity; i > 0; i--)
        {
            items.Add(new ItemRecord(
                ReadShared(packed, stream, reader, shared), sections[reader.Read7BitEncodedInt()], reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(),
                reader.ReadBoolean(), DateTimeOffset.FromUnixTimeMilliseconds(reader.Read7BitEncodedInt64())));
        }

        return items;
    }

    // A string as BinaryWriter writes it (its length in bytes, then its UTF-8), read in place.
    private static string ReadShared(
        byte[] packed, MemoryStream stream, BinaryReader reader, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> shared)
    {
        var length = reader.Read7BitEncodedInt();
        var start = (int)stream.Position;
        if (length < 0 || start + length > packed.Length)
        {
            throw new EndOfStreamException("A packed digest ends inside a string.");
        }

        var bytes = packed.AsSpan(start, length);
        stream.Position = start + length;
        var most = Encoding.UTF8.GetMaxCharCount(length);
        var rented = most <= 256 ? null : ArrayPool<char>.Shared.Rent(most);
        try
        {
            Span<char> chars = rented is null ? stackalloc char[256] : rented;
            var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
            if (!shared.TryGetValue(text, out var known))
            {
                known = text.ToString();
                shared.Dictionary[known] = known;
            }

            return known;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

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
