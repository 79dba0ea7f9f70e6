using System.Collections.ObjectModel;
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
    // Planning reads every card of a learner; with 10,000 cards that is ~50 ms from LiteDB, so the cards are kept in
    // memory after the first read. The store holds the database for this process alone and every card write goes
    // through this file, so the copy cannot go stale; it is updated only after a commit succeeds.
    // Callers get the cached dictionary read-only and a write replaces it with a copy (copy on write), so planning
    // does not copy 10,000 cards each time and a caller's dictionary never changes under it.
    private readonly Dictionary<string, Dictionary<string, Card>> _cardCache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cardsHandedOut = new(StringComparer.Ordinal);

    private ILiteCollection<BsonDocument> CardDocs => _db.GetCollection("cards");

    private ILiteCollection<BsonDocument> ReviewDocs => _db.GetCollection("reviews", BsonAutoId.Int64);

    /// <summary>The learner's cards by question id, as of now (later reviews do not change it); questions never reviewed have none.</summary>
    public IReadOnlyDictionary<string, Card> Cards(string learner)
    {
        lock (_gate)
        {
            _cardsHandedOut.Add(learner);
            return new ReadOnlyDictionary<string, Card>(CachedCards(learner));
        }
    }

    /// <summary>
    /// Stores the answer (with its aggregates), the card's new state and the review log in one transaction,
    /// committed before this returns, so a verdict is only ever shown for a review that is saved whole.
    /// </summary>
    public void RecordReview(AnswerRecord answer, Card card, ReviewLog log)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(log);
        InTransaction("The answer", () => Write(answer, card, log), () => Remember(answer, card));
    }

    /// <summary>Stores many reviews as <see cref="RecordReview"/> does, all in one transaction (importing a history).</summary>
    internal void RecordReviews(IEnumerable<(AnswerRecord Answer, Card Card, ReviewLog Log)> reviews)
    {
        var written = new List<(AnswerRecord Answer, Card Card)>();
        InTransaction(
            "The reviews",
            () =>
            {
                foreach (var (answer, card, log) in reviews)
                {
                    Write(answer, card, log);
                    written.Add((answer, card));
                }
            },
            () => written.ForEach(w => Remember(w.Answer, w.Card)));
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

    /// <summary>
    /// The learner's progress on questions answered at or after <paramref name="since"/>, by question id: what review
    /// mode needs, read through the index on the last answer time instead of every question the learner has seen.
    /// </summary>
    public IReadOnlyDictionary<string, QuestionHistory> RecentHistory(string learner, DateTimeOffset since) =>
        ProgressDocs.Find(Query.GTE("lastAnswered", StoreDocuments.ToMs(since)))
            .Where(d => d["learner"].AsString == learner)
            .Select(StoreDocuments.ToHistory)
            .ToDictionary(h => h.QuestionId, StringComparer.Ordinal);

    private Dictionary<string, Card> CachedCards(string learner)
    {
        if (!_cardCache.TryGetValue(learner, out var cards))
        {
            cards = CardDocs.Find(Query.EQ("learner", learner)).ToDictionary(d => d["question"].AsString, ToCard, StringComparer.Ordinal);
            _cardCache[learner] = cards;
        }

        return cards;
    }

    private void Remember(AnswerRecord answer, Card card) => Remember(answer.Learner, answer.QuestionId, card);

    private void Remember(string learner, string questionId, Card card)
    {
        if (!_cardCache.TryGetValue(learner, out var cards))
        {
            return;
        }

        if (_cardsHandedOut.Remove(learner))
        {
            cards = new Dictionary<string, Card>(cards, StringComparer.Ordinal);
            _cardCache[learner] = cards;
        }

        cards[questionId] = card;
    }

    private void Write(AnswerRecord answer, Card card, ReviewLog log)
    {
        AnswerDocs.Insert(StoreDocuments.ToDocument(answer));
        StoreAggregates.Add(_db, answer);
        CardDocs.Upsert(ToDocument(answer.Learner, answer.QuestionId, card));
        ReviewDocs.Insert(ToDocument(answer.Learner, answer.QuestionId, log));
    }

    // The store's one transaction helper, then the cache update once the commit has succeeded.
    private void InTransaction(string what, Action write, Action committed)
    {
        lock (_gate)
        {
            InTransaction($"{what} could not be saved", () =>
            {
                write();
                return true;
            });
            committed();
        }
    }
}
