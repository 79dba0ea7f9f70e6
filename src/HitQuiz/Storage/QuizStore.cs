using System.Collections.Concurrent;
using HitQuiz.Sessions;
using LiteDB;
using LiteDB.Engine;
using static HitQuiz.Storage.StoreDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// The learner database: the one class over LiteDB. Raw answers are the source of truth; per-learner totals and
/// per-question progress are aggregates written in the same transaction as each answer so reads stay fast.
/// Every write is committed before the method returns.
/// </summary>
public sealed partial class QuizStore : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly FileStream? _lock;
    private readonly string _name;
    private readonly Lock _gate = new();
    private FileIdentity? _identity;

    // LiteDB finalizes a transaction that was never disposed, and that finalizer can throw on the finalizer thread,
    // which ends the process at some later moment (LiteDB issue 2828). A write that failed (a full disk, a database
    // that could not be upgraded) can leave its transaction that way, so such a database is kept referenced until the
    // process ends: it is never finalized. This happens rarely and keeps little.
    private static readonly ConcurrentBag<LiteDatabase> KeptAfterFailure = [];
    private bool _writeFailed;

    /// <summary>How many databases are kept after a failed write (see above).</summary>
    internal static int KeptAfterFailureCount => KeptAfterFailure.Count;

    private QuizStore(LiteDatabase db, FileStream? lockFile, string name)
    {
        _db = db;
        _lock = lockFile;
        _name = name;
    }

    private ILiteCollection<BsonDocument> LearnerDocs => StoreAggregates.Learners(_db);

    private ILiteCollection<BsonDocument> SessionDocs => _db.GetCollection("sessions", BsonAutoId.Int64);

    private ILiteCollection<BsonDocument> AnswerDocs => _db.GetCollection("answers", BsonAutoId.Int64);

    private ILiteCollection<BsonDocument> ProgressDocs => StoreAggregates.Progress(_db);

    /// <summary>Opens or creates the database at <paramref name="path"/>, holding it for this process until disposed.</summary>
    public static QuizStore Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new StoreException("No database path was given; choose one with --db");
        }

        var full = Path.GetFullPath(path);
        FileStream? lockFile = null;
        try
        {
            StoreFiles.EnsureDirectory(full);
            lockFile = StoreFiles.Lock(full);
            var isNew = StoreFiles.PrepareDataFile(full);
            StoreFiles.PrepareLogFile(full);
            var settings = new EngineSettings { Filename = full, Collation = isNew ? Collation.Binary : null };
            var store = Initialize(new LiteDatabase(new LiteEngine(settings), new BsonMapper()), lockFile, full, isNew);
            store._identity = FileIdentity.Watch(full);
            return store;
        }
        catch (Exception ex) when (ex is not StoreException)
        {
            lockFile?.Dispose();
            throw StoreFiles.OpenFailure(ex, full);
        }
        catch
        {
            lockFile?.Dispose();
            throw;
        }
    }

    /// <summary>A fresh database that lives in memory only (tests, demos).</summary>
    public static QuizStore OpenInMemory() => OpenStream(new MemoryStream());

    /// <summary>A database over a caller-owned stream (tests that reopen the same bytes).</summary>
    public static QuizStore OpenStream(Stream stream)
    {
        var settings = new EngineSettings { DataStream = stream, Collation = stream.Length == 0 ? Collation.Binary : null };
        return Initialize(new LiteDatabase(new LiteEngine(settings), new BsonMapper()), null, "(memory)", stream.Length == 0);
    }

    public long GetOrAddLearner(string name, DateTimeOffset now) =>
        InTransaction("The learner could not be saved", () => StoreAggregates.FindOrAddLearner(_db, name, now)["_id"].AsInt64);

    public IReadOnlyList<string> Learners() =>
        [.. LearnerDocs.FindAll().Select(d => d["name"].AsString).Order(StringComparer.Ordinal)];

    public long StartSession(string learner, string mode, DateTimeOffset started) => InTransaction("The session could not be saved", () =>
    {
        StoreAggregates.FindOrAddLearner(_db, learner, started);
        return SessionDocs.Insert(ToDocument(learner, mode, started)).AsInt64;
    });

    /// <summary>
    /// Records the end of a session, then folds the answers recorded since the last statistics read into the digests,
    /// so that statistics and the instructor's report never have a long backlog to fold.
    /// </summary>
    public void FinishSession(long id, DateTimeOffset ended, int answered, int correct)
    {
        InTransaction("The session could not be saved", () =>
        {
            var session = SessionDocs.FindById(id) ?? throw new InvalidOperationException($"No study session {id} in {_name}");
            session["ended"] = ToMs(ended);
            session["answered"] = answered;
            session["correct"] = correct;
            return SessionDocs.Update(session);
        });
        FoldIntoDigests();
        FoldLog();
    }

    // LiteDB copies its write-ahead log into the data file once the log reaches 1,000 pages, during whichever write
    // gets there: with a large database that answer waited hundreds of milliseconds for its verdict. Folding the log
    // when a session ends does that work between sessions instead. The answers are already safe in the log, so a
    // fold that fails changes nothing: LiteDB folds it later.
    private void FoldLog()
    {
        lock (_gate)
        {
            try
            {
                _db.Checkpoint();
            }
            catch (Exception ex) when (ex is IOException or LiteException)
            {
                // See above: nothing is lost.
            }
        }
    }

    public IReadOnlyList<StudySession> Sessions(string learner) =>
        [.. SessionDocs.Find(Query.EQ("learner", learner)).Select(ToSession).OrderBy(s => s.Started).ThenBy(s => s.Id)];

    /// <summary>Stores the answer and its aggregates in one transaction, committed before this returns.</summary>
    public void RecordAnswer(AnswerRecord answer) => InTransaction("The answer could not be saved", () =>
    {
        AnswerDocs.Insert(ToDocument(answer));
        StoreAggregates.Add(_db, answer);
        return true;
    });

    /// <summary>Recomputes totals and per-question history from the stored answers, which are the source of truth.</summary>
    public void RebuildAggregates() => InTransaction("The totals could not be rebuilt", () =>
    {
        StoreAggregates.Rebuild(_db);
        return true;
    });

    public LearnerTotals Totals(string learner) => ToTotals(LearnerDocs.FindOne(Query.EQ("name", learner)));

    public IReadOnlyList<QuestionHistory> History(string learner) =>
        [.. ProgressDocs.Find(Query.EQ("learner", learner)).Select(ToHistory).OrderBy(h => h.QuestionId, StringComparer.Ordinal)];

    /// <summary>Every answer of the learner, oldest first (ties keep the order they were recorded in).</summary>
    public IReadOnlyList<AnswerRecord> Answers(string learner) =>
        [.. AnswerDocs.Find(Query.EQ("learner", learner))
            .OrderBy(d => d["answeredAt"].AsInt64).ThenBy(d => d["_id"].AsInt64).Select(ToAnswer)];

    public void Dispose()
    {
        try
        {
            _db.Dispose();
        }
        catch (Exception ex) when (ex is IOException or LiteException)
        {
            // Closing after a failed write may fail too; what was committed is on disk either way.
            _writeFailed = true;
        }
        finally
        {
            if (_writeFailed)
            {
                KeptAfterFailure.Add(_db);
            }

            _identity?.Dispose();
            _lock?.Dispose();
        }
    }

    private static QuizStore Initialize(LiteDatabase db, FileStream? lockFile, string name, bool isNew)
    {
        var store = new QuizStore(db, lockFile, name);
        try
        {
            var version = StoreSchema.Check(db, name, isNew);
            if (version < StoreSchema.Version)
            {
                store.BackUp(version);
            }

            StoreSchema.EnsureIndexes(db);
            if (version < StoreSchema.Version)
            {
                StoreSchema.Upgrade(db, version);
            }

            return store;
        }
        catch
        {
            // Checking, indexing or upgrading may have failed in the middle of a write.
            store._writeFailed = true;
            store.Dispose();
            throw;
        }
    }

    // Every write is one transaction, committed before the caller continues: all of it is stored or none.
    private T InTransaction<T>(string failure, Func<T> work)
    {
        lock (_gate)
        {
            _identity?.EnsureUnchanged();
            if (!_db.BeginTrans())
            {
                throw new InvalidOperationException("A transaction is already open on this thread");
            }

            try
            {
                var result = work();
                _db.Commit();
                return result;
            }
            catch (Exception ex) when (ex is IOException or LiteException)
            {
                _writeFailed = true;
                TryRollback();
                throw new StoreException($"{failure} to {_name}: {OneLine(ex.Message)}", ex);
            }
            catch
            {
                _writeFailed = true;
                TryRollback();
                throw;
            }
        }
    }

    // After a failed write (a full disk) LiteDB may refuse the rollback too; the original failure is what the
    // learner needs to hear, and nothing of the failed transaction was committed either way.
    private void TryRollback()
    {
        try
        {
            _db.Rollback();
        }
        catch (Exception ex) when (ex is IOException or LiteException)
        {
            // Keep the first error.
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
