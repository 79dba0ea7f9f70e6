using HitQuiz.Scheduling;
using LiteDB;
using static HitQuiz.Storage.CardDocuments;

namespace HitQuiz.Storage;

/// <summary>
/// Changing the grade of the latest review: the text UI stores a right answer as Good before showing the verdict,
/// and the learner may then say it was a guess (Hard) or easy (Easy).
/// </summary>
public sealed partial class QuizStore
{
    /// <summary>
    /// Replaces the learner's latest review of the question (and the card it produced) in one transaction.
    /// The answer itself is unchanged: only how it is scheduled.
    /// </summary>
    public void ReplaceLatestReview(string learner, string questionId, Card card, ReviewLog log) => InTransaction(
        "The new grade",
        () =>
        {
            var key = StoreDocuments.ProgressId(learner, questionId);
            var latest = ReviewDocs.Find(Query.EQ("key", key)).OrderByDescending(d => d["_id"].AsInt64).FirstOrDefault()
                ?? throw new InvalidOperationException($"No review of {questionId} by {learner} to regrade");
            var replacement = ToDocument(learner, questionId, log);
            replacement["_id"] = latest["_id"];
            ReviewDocs.Update(replacement);
            CardDocs.Upsert(ToDocument(learner, questionId, card));
        },
        () => Remember(learner, questionId, card));
}
