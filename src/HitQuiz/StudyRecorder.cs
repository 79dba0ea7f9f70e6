using HitQuiz.Scheduling;
using HitQuiz.Sessions;

namespace HitQuiz;

/// <summary>
/// Stores verdicts for a study session, durably before they are shown: with the scheduler's new card and the
/// review log, or, when the session must not touch the schedule (cram), as a plain answer.
/// </summary>
internal sealed class StudyRecorder(StudyContext context, Scheduler scheduler, IReadOnlyDictionary<string, Card> cards, bool schedules)
{
    // Only this session's cards: copying a heavy learner's 12,000 cards at every session start is measurable.
    private readonly Dictionary<string, Card> _changed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReviewLog> _latest = new(StringComparer.Ordinal);

    public bool Schedules => schedules;

    /// <summary>The learner's cards with this session's reviews applied.</summary>
    public IReadOnlyDictionary<string, Card> Cards
    {
        get
        {
            var all = new Dictionary<string, Card>(cards, StringComparer.Ordinal);
            foreach (var (id, card) in _changed)
            {
                all[id] = card;
            }

            return all;
        }
    }

    public void Record(Verdict verdict, Grade grade, DateTimeOffset now)
    {
        if (!schedules)
        {
            context.Store.RecordAnswer(verdict.Record);
            return;
        }

        var before = _changed.GetValueOrDefault(verdict.Question.Id) ?? cards.GetValueOrDefault(verdict.Question.Id) ?? new Card();
        var (card, log) = scheduler.Review(before, grade, now);
        context.Store.RecordReview(verdict.Record, card, log);
        _changed[verdict.Question.Id] = card;
        _latest[verdict.Question.Id] = log;
    }

    /// <summary>Re-grades the question's latest review in this session (a right answer was a guess, or easy).</summary>
    public bool Regrade(string questionId, Grade grade)
    {
        if (!schedules || !_latest.TryGetValue(questionId, out var latest) || latest.Grade == grade)
        {
            return false;
        }

        var (card, log) = scheduler.Review(latest.Before, grade, latest.ReviewedAt);
        context.Store.ReplaceLatestReview(context.Learner, questionId, card, log);
        _changed[questionId] = card;
        _latest[questionId] = log;
        return true;
    }
}
