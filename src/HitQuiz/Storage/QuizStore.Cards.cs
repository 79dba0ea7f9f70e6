using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using LiteDB;
using static HitQuiz.Storage.CardDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// Spaced-repetition state: one card per learner and question (keyed like progress) and the full review log,
/// written with the answer in one transaction so a learner's history can be replayed.
/// </summary>
public sealed partial class QuizStore
{
    private ILiteCollection<BsonDocument> CardDocs => _db.GetCollection("cards");

    private ILiteCollection<BsonDocument> ReviewDocs => _db.GetCollection("reviews", BsonAutoId.Int64);

    /// <summary>The learner's cards by question id; questions never reviewed have none.</summary>
    public IReadOnlyDictionary<string, Card> Cards(string learner) =>
        CardDocs.Find(Query.EQ("learner", learner)).ToDictionary(d => d["question"].AsString, ToCard, StringComparer.Ordinal);

    /// <summary>
    /// Stores the answer (with its aggregates), the card's new state and the review log in one transaction,
    /// committed before this returns, so a verdict is only ever shown for a review that is saved whole.
    /// </summary>
    public void RecordReview(AnswerRecord answer, Card card, ReviewLog log)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(log);
        InTransaction("The answer could not be saved", () =>
        {
            AnswerDocs.Insert(StoreDocuments.ToDocument(answer));
            StoreAggregates.Add(_db, answer);
            CardDocs.Upsert(ToDocument(answer.Learner, answer.QuestionId, card));
            ReviewDocs.Insert(ToDocument(answer.Learner, answer.QuestionId, log));
            return true;
        });
    }

    /// <summary>The reviews of one question by one learner, oldest first.</summary>
    public IReadOnlyList<ReviewLog> ReviewLogs(string learner, string questionId) =>
        [.. ReviewDocs.Find(Query.EQ("key", StoreDocuments.ProgressId(learner, questionId)))
            .OrderBy(d => d["reviewedAt"].AsInt64).ThenBy(d => d["_id"].AsInt64).Select(ToLog)];

    /// <summary>Every review of the learner by question id, each oldest first (for replaying a whole history).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ReviewLog>> ReviewLogs(string learner) =>
        ReviewDocs.Find(Query.EQ("learner", learner))
            .GroupBy(d => d["question"].AsString, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ReviewLog>)[.. g.OrderBy(d => d["reviewedAt"].AsInt64).ThenBy(d => d["_id"].AsInt64).Select(ToLog)],
                StringComparer.Ordinal);
}
