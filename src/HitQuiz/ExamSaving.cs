using HitQuiz.Scheduling;
using HitQuiz.Study;

namespace HitQuiz;

/// <summary>
/// Stores a submitted exam: answered items feed the scheduler at the time they were answered; unanswered items
/// are stored as unanswered (no choice, wrong) without touching their cards.
/// </summary>
internal static class ExamSaving
{
    public static void Save(StudyContext context, Scheduler scheduler, ExamResult result, IReadOnlyDictionary<string, Card> cards)
    {
        foreach (var item in result.Items)
        {
            if (item.Grade is not { } grade)
            {
                context.Store.RecordAnswer(item.Record);
                continue;
            }

            var before = cards.GetValueOrDefault(item.Question.Id) ?? new Card();
            var (card, log) = scheduler.Review(before, grade, item.Record.AnsweredAt);
            context.Store.RecordReview(item.Record, card, log);
        }
    }
}
