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

    private QuizStore(LiteDatabase db, FileStream? lockFile, string name)
    {
        _db = db;
        _lock = lockFile;
        _name = name;
    }

    private ILiteCollection<BsonDocument> LearnerDocs => _db.GetCollection("learners", BsonAutoId.Int64);

    private ILiteCollection<BsonDocument> SessionDocs => _db.GetCollection("sessions", BsonAutoId.Int64);

    private ILiteCollection<BsonDocument> AnswerDocs => _db.GetCollection("answers", BsonAutoId.Int64);

    private ILiteCollection<BsonDocument> ProgressDocs => _db.GetCollection("progress");

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
            return Initialize(new LiteDatabase(new LiteEngine(settings), new BsonMapper()), lockFile, full, isNew);
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

    public long GetOrAddLearner(string name, DateTimeOffset now)
    {
        lock (_gate)
        {
            return FindOrAddLearner(name, now)["_id"].AsInt64;
        }
    }

    public IReadOnlyList<string> Learners() =>
        [.. LearnerDocs.FindAll().Select(d => d["name"].AsString).Order(StringComparer.Ordinal)];

    public long StartSession(string learner, string mode, DateTimeOffset started)
    {
        lock (_gate)
        {
            FindOrAddLearner(learner, started);
            return SessionDocs.Insert(ToDocument(learner, mode, started)).AsInt64;
        }
    }

    public void FinishSession(long id, DateTimeOffset ended, int answered, int correct)
    {
        lock (_gate)
        {
            var session = SessionDocs.FindById(id) ?? throw new InvalidOperationException($"No study session {id} in {_name}");
            session["ended"] = ToMs(ended);
            session["answered"] = answered;
            session["correct"] = correct;
            SessionDocs.Update(session);
        }
    }

    public IReadOnlyList<StudySession> Sessions(string learner) =>
        [.. SessionDocs.Find(Query.EQ("learner", learner)).Select(ToSession).OrderBy(s => s.Started).ThenBy(s => s.Id)];

    /// <summary>Stores the answer and its aggregates in one transaction, committed before this returns.</summary>
    public void RecordAnswer(AnswerRecord answer)
    {
        lock (_gate)
        {
            if (!_db.BeginTrans())
            {
                throw new InvalidOperationException("A transaction is already open on this thread");
            }

            try
            {
                AnswerDocs.Insert(ToDocument(answer));
                AddToLearner(answer);
                AddToProgress(answer);
                _db.Commit();
            }
            catch (Exception ex) when (ex is IOException or LiteException)
            {
                _db.Rollback();
                throw new StoreException($"The answer could not be saved to {_name}: {ex.Message}", ex);
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    public LearnerTotals Totals(string learner) => ToTotals(LearnerDocs.FindOne(Query.EQ("name", learner)));

    public IReadOnlyList<QuestionHistory> History(string learner) =>
        [.. ProgressDocs.Find(Query.EQ("learner", learner)).Select(ToHistory).OrderBy(h => h.QuestionId, StringComparer.Ordinal)];

    /// <summary>Every answer of the learner, oldest first (ties keep the order they were recorded in).</summary>
    public IReadOnlyList<AnswerRecord> Answers(string learner) =>
        [.. AnswerDocs.Find(Query.EQ("learner", learner))
            .OrderBy(d => d["answeredAt"].AsInt64).ThenBy(d => d["_id"].AsInt64).Select(ToAnswer)];

    public void Dispose()
    {
        _db.Dispose();
        _lock?.Dispose();
    }

    private static QuizStore Initialize(LiteDatabase db, FileStream? lockFile, string name, bool isNew)
    {
        var store = new QuizStore(db, lockFile, name);
        try
        {
            StoreSchema.Prepare(db, name, isNew);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private BsonDocument FindOrAddLearner(string name, DateTimeOffset now)
    {
        var existing = LearnerDocs.FindOne(Query.EQ("name", name));
        if (existing is not null)
        {
            return existing;
        }

        var doc = NewLearner(name, now);
        LearnerDocs.Insert(doc);
        return doc;
    }

    private void AddToLearner(AnswerRecord answer)
    {
        var learner = FindOrAddLearner(answer.Learner, answer.AnsweredAt);
        learner["answered"] = learner["answered"].AsInt32 + 1;
        learner["correct"] = learner["correct"].AsInt32 + (answer.Correct ? 1 : 0);
        LearnerDocs.Update(learner);
    }

    private void AddToProgress(AnswerRecord answer)
    {
        var progress = ProgressDocs.FindById(ProgressId(answer.Learner, answer.QuestionId)) ?? NewProgress(answer);
        StoreDocuments.AddTo(progress, answer);
        ProgressDocs.Upsert(progress);
    }
}
