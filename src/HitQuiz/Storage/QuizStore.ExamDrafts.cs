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
    // One small document per item answered, replaced when the item is answered again: a write stays one page
    // however long the exam.
    private ILiteCollection<BsonDocument> ExamAnswerDocs => _db.GetCollection("exam_answers");

    /// <summary>Keeps the answer to item <paramref name="item"/> of an exam in progress, replacing an earlier one.</summary>
    public void SaveExamAnswer(int item, AnswerRecord answer) =>
        InTransaction("The exam answer could not be saved", () =>
        {
            var doc = ToDocument(answer);
            doc["_id"] = $"{answer.SessionId}/{item}";
            doc["item"] = item;
            return ExamAnswerDocs.Upsert(doc);
        });

    /// <summary>Forgets the kept answers of an exam once it is stored.</summary>
    public void DeleteExamDraft(long sessionId) =>
        InTransaction("The exam could not be closed", () => ExamAnswerDocs.DeleteMany(Query.EQ("session", sessionId)));

    /// <summary>
    /// The questions the learner's stored answers of one session are for. Read a document at a time and never sorted:
    /// a learner may have tens of thousands of answers, and closing an exam needs only its own.
    /// </summary>
    public IReadOnlySet<string> QuestionsAnsweredIn(string learner, long sessionId) =>
        AnswerDocs.Find(Query.And(Query.EQ("learner", learner), Query.EQ("session", sessionId)))
            .Select(d => d["question"].AsString)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Exams that were never submitted nor closed (of one learner, or of everyone), with the answers given in each,
    /// in item order.
    /// </summary>
    public IReadOnlyList<ExamDraft> ExamDrafts(string? learner = null) =>
        [.. (learner is null ? ExamAnswerDocs.FindAll() : ExamAnswerDocs.Find(Query.EQ("learner", learner)))
            .GroupBy(d => d["session"].AsInt64)
            .OrderBy(g => g.Key)
            .Select(g => new ExamDraft(g.Key, g.First()["learner"].AsString, [.. g.OrderBy(d => d["item"].AsInt32).Select(ToAnswer)]))];
}

/// <summary>An exam left in progress: its session, its learner and the answers given.</summary>
public sealed record ExamDraft(long SessionId, string Learner, IReadOnlyList<AnswerRecord> Answers);
