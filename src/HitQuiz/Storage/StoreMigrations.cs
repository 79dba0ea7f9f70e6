using HitQuiz.Scheduling;
using HitQuiz.Study;
using LiteDB;

namespace HitQuiz.Storage;

/// <summary>
/// Upgrades older databases in place, after a backup. Schema 1 kept answers and per-question progress but no
/// spaced-repetition cards; schema 2 adds cards and the review log, rebuilt by replaying each learner's answers
/// through the scheduler (fuzz off, so the replay is exact and repeatable). Schema 3 needs no change to the data:
/// digests written unpacked are still read, and are packed when next brought up to date. Schema 4 stops counting exam
/// items left unanswered as answers: the totals and progress are rebuilt from the answers, and the digests refolded.
/// Schema 5 counts those items in the digests (the report's omissions): the digests are folded again.
/// </summary>
internal static class StoreMigrations
{
    public static void Upgrade(LiteDatabase db, int from)
    {
        if (from < 2)
        {
            ReplayAnswersIntoCards(db);
        }

        if (from < 4)
        {
            // Totals, progress and digests counted exam items left unanswered as wrong answers; they are derived
            // from the answers, so they are rebuilt, and the digests folded again at the next read.
            StoreAggregates.Rebuild(db);
        }

        if (from < 5)
        {
            // Digests are derived from the answers: forgotten, they are folded again, omissions included, at the next read.
            QuizStore.ForgetDigests(db);
        }
    }

    private static void ReplayAnswersIntoCards(LiteDatabase db)
    {
        var scheduler = new Scheduler(new SchedulerOptions { EnableFuzzing = false });
        var cards = db.GetCollection("cards");
        var reviews = db.GetCollection("reviews", BsonAutoId.Int64);
        var answers = db.GetCollection("answers").FindAll()
            .Where(a => !StoreDocuments.IsUnanswered(a))
            .GroupBy(a => (Learner: a["learner"].AsString, Question: a["question"].AsString));
        foreach (var group in answers)
        {
            var card = new Card();
            foreach (var answer in group.OrderBy(a => a["answeredAt"].AsInt64).ThenBy(a => a["_id"].AsInt64))
            {
                var at = DateTimeOffset.FromUnixTimeMilliseconds(answer["answeredAt"].AsInt64);
                var (next, log) = scheduler.Review(card, Grading.GradeFor(answer["correct"].AsBoolean, null), at);
                reviews.Insert(CardDocuments.ToDocument(group.Key.Learner, group.Key.Question, log));
                card = next;
            }

            cards.Upsert(CardDocuments.ToDocument(group.Key.Learner, group.Key.Question, card));
        }
    }
}
