using HitQuiz.Sessions;
using LiteDB;
using static HitQuiz.Storage.StoreDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// The answers of an exam still in progress. An exam is graded only when it is submitted, but each answer is kept
/// here as it is given, so that an exam cut short by a crash or a killed terminal loses nothing: the next start
/// stores those answers as a normal quit would have (see <c>ExamRecovery</c>).
/// </summary>
public sealed partial class QuizStore
{
    private ILiteCollection<BsonDocument> ExamDraftDocs => _db.GetCollection("exam_drafts");

    /// <summary>Replaces the draft of exam session <paramref name="sessionId"/> with the answers given so far.</summary>
    public void SaveExamDraft(long sessionId, string learner, IReadOnlyList<AnswerRecord> answered) =>
        InTransaction("The exam answer could not be saved", () => ExamDraftDocs.Upsert(new BsonDocument
        {
            ["_id"] = sessionId,
            ["learner"] = learner,
            ["answers"] = new BsonArray(answered.Select(a => (BsonValue)ToDocument(a))),
        }));

    public void DeleteExamDraft(long sessionId) =>
        InTransaction("The exam could not be closed", () => ExamDraftDocs.Delete(sessionId));

    /// <summary>Exams of the learner that were never submitted nor closed, with the answers given in each.</summary>
    public IReadOnlyList<ExamDraft> ExamDrafts(string learner) =>
        [.. ExamDraftDocs.Find(Query.EQ("learner", learner))
            .Select(d => new ExamDraft(d["_id"].AsInt64, [.. d["answers"].AsArray.Select(a => ToAnswer(a.AsDocument))]))];
}

/// <summary>An exam left in progress: its session and the answers given.</summary>
public sealed record ExamDraft(long SessionId, IReadOnlyList<AnswerRecord> Answers);
