using HitQuiz.Sessions;
using HitQuiz.Stats;
using LiteDB;
using static HitQuiz.Storage.StoreDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// Statistics reads. Rereading every answer is too slow at hundreds of thousands of answers, so each learner's
/// answers are folded into a small digest (<c>digests</c> {_id: learner, buckets, items}) kept with a watermark
/// (<c>meta</c> {_id: "digested", through: last answer id folded}). A read folds in only the answers recorded since,
/// in one pass over the primary key, and saves the result. Answers are append-only, so the watermark is enough.
/// </summary>
public sealed partial class QuizStore
{
    private const string DigestedId = "digested";

    private ILiteCollection<BsonDocument> DigestDocs => _db.GetCollection("digests");

    /// <summary>The learner's answers folded for statistics, up to date with every answer stored.</summary>
    public AnswerDigest Digest(string learner)
    {
        lock (_gate)
        {
            CatchUpDigests();
            return DigestDocs.FindById(learner) is { } doc ? DigestDocuments.ToDigest(doc) : AnswerDigest.Empty;
        }
    }

    /// <summary>Every learner's items, for the instructor's report.</summary>
    public IReadOnlyList<LearnerItems> AllLearnerItems()
    {
        lock (_gate)
        {
            CatchUpDigests();
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            return [.. DigestDocs.FindAll()
                .Select(d => new LearnerItems(d["_id"].AsString, DigestDocuments.ToItems(d, strings)) { Omitted = DigestDocuments.ToOmitted(d, strings) })
                .OrderBy(l => l.Learner, StringComparer.Ordinal)];
        }
    }

    /// <summary>How many answer ids <see cref="AllAnswers"/> reads per query.</summary>
    internal const int AnswerRun = 10_000;

    /// <summary>Every stored answer (of one learner, if named), in the order recorded, read lazily.</summary>
    /// <remarks>
    /// Every learner's answers are read a run of ids at a time, each run its own query: LiteDB keeps each page a query
    /// has read until the query ends, and <c>export results</c> over 1,000,000 answers peaked at 425 MB with one query and
    /// 51 MB with runs (README, "Performance"). One learner's answers are found through the learner index.
    /// </remarks>
    public IEnumerable<AnswerRecord> AllAnswers(string? learner = null) =>
        learner is null
            ? AnswersInRuns(AnswerRun)
            : AnswerDocs.Find(Query.EQ("learner", learner)).OrderBy(d => d["_id"].AsInt64).Select(ToAnswer);

    /// <summary>Every stored answer in the order recorded, read <paramref name="run"/> ids per query.</summary>
    internal IEnumerable<AnswerRecord> AnswersInRuns(int run)
    {
        BsonDocument? first, last;
        lock (_gate)
        {
            (first, last) = (AnswerDocs.FindOne(Query.All("_id", Query.Ascending)), AnswerDocs.FindOne(Query.All("_id", Query.Descending)));
        }

        if (first is null || last is null)
        {
            yield break; // no answer yet
        }

        // Each run is read as it streams (as one query over all answers was): holding a run's documents until it is
        // done would keep them past young collections, and copying them made the export twice as slow.
        var end = last["_id"].AsInt64;
        for (var from = first["_id"].AsInt64; from <= end; from += run)
        {
            foreach (var doc in AnswerDocs.Find(Query.Between("_id", from, Math.Min(from + run - 1, end))))
            {
                yield return ToAnswer(doc);
            }
        }
    }

    /// <summary>Stores many answers and their aggregates in one transaction (imports, generated data).</summary>
    public void RecordAnswerBatch(IEnumerable<AnswerRecord> answers)
    {
        InTransaction("The answers could not be saved", () =>
        {
            foreach (var answer in answers)
            {
                AnswerDocs.Insert(ToDocument(answer));
                StoreAggregates.Add(_db, answer);
            }

            return true;
        });
    }

    // Digests are derived data: if folding fails (a full disk), the next statistics read folds the same answers.
    private void FoldIntoDigests()
    {
        lock (_gate)
        {
            try
            {
                CatchUpDigests();
            }
            catch (Exception ex) when (ex is IOException or LiteException)
            {
                // Nothing recorded is lost: the answers stay, and the watermark was not moved.
            }
        }
    }

    /// <summary>The id of the last answer folded into the digests (0 before any).</summary>
    internal long DigestedThrough() => _db.GetCollection("meta").FindById(DigestedId)?["through"].AsInt64 ?? 0;

    private void CatchUpDigests()
    {
        var meta = _db.GetCollection("meta");
        var through = meta.FindById(DigestedId)?["through"].AsInt64 ?? 0;
        var builders = new Dictionary<string, DigestBuilder>(StringComparer.Ordinal);
        var last = through;
        foreach (var doc in AnswerDocs.Find(Query.GT("_id", through)))
        {
            last = Math.Max(last, doc["_id"].AsInt64);
            var learner = doc["learner"].AsString;
            if (!builders.TryGetValue(learner, out var builder))
            {
                var stored = DigestDocs.FindById(learner);
                builder = new DigestBuilder(stored is null ? null : DigestDocuments.ToDigest(stored));
                builders[learner] = builder;
            }

            if (IsUnanswered(doc))
            {
                builder.AddOmitted(doc["question"].AsString, doc["section"].AsString);
                continue;
            }

            builder.Add(doc["question"].AsString, doc["section"].AsString, doc["correct"].AsBoolean, FromMs(doc["answeredAt"]));
        }

        if (last != through)
        {
            SaveDigests(builders, last);
        }
    }

    /// <summary>Deletes every digest, so that the next read folds all answers again (they are derived data).</summary>
    internal static void ForgetDigests(LiteDatabase db)
    {
        db.GetCollection("digests").DeleteAll();
        db.GetCollection("meta").Delete(DigestedId);
    }

    private void SaveDigests(Dictionary<string, DigestBuilder> builders, long through)
    {
        _db.BeginTrans();
        try
        {
            foreach (var (learner, builder) in builders)
            {
                DigestDocs.Upsert(DigestDocuments.ToDocument(learner, builder.Build()));
            }

            _db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = DigestedId, ["through"] = through });
            _db.Commit();
        }
        catch
        {
            _writeFailed = true;
            TryRollback();
            throw;
        }
    }
}
