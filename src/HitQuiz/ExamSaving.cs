using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using HitQuiz.Storage;
using HitQuiz.Study;

namespace HitQuiz;

/// <summary>
/// Stores exams. While an exam is in progress each answer is kept as it is given; when it is submitted, answered
/// items feed the scheduler at the time they were answered, and unanswered items are stored as unanswered (no
/// choice, wrong) without touching their cards. An exam a crash left open is closed at the next start as quitting
/// would have closed it: its answered items are stored, nothing else.
/// </summary>
internal static class ExamSaving
{
    /// <summary>Keeps the answer just given to item <paramref name="item"/>, so that a crash loses none.</summary>
    public static void KeepAnswer(QuizStore store, ExamSession exam, int item)
    {
        if (exam.RecordAt(item) is { } record)
        {
            store.SaveExamAnswer(item, record);
        }
    }

    /// <summary>Stores the exam's items and ends its session.</summary>
    public static void Finish(QuizStore store, Scheduler scheduler, long sessionId, ExamResult result, IReadOnlyDictionary<string, Card> cards)
    {
        foreach (var item in result.Items)
        {
            if (item.Grade is not { } grade)
            {
                store.RecordAnswer(item.Record);
                continue;
            }

            Review(store, scheduler, cards, item.Record, grade);
        }

        store.FinishSession(sessionId, result.SubmittedAt, result.Answered, result.Correct);
        store.DeleteExamDraft(sessionId);
    }

    /// <summary>Closes an exam left before it was submitted as a crash would have; returns the notice saying so.</summary>
    public static string CutShort(QuizStore store, Scheduler scheduler, long sessionId, string learner, DateTimeOffset now)
    {
        var draft = store.ExamDrafts(learner).FirstOrDefault(d => d.SessionId == sessionId);
        if (draft is null)
        {
            // No answer was given: the session still ends, now.
            store.FinishSession(sessionId, now, 0, 0);
        }

        return Close(store, scheduler, draft ?? new ExamDraft(sessionId, learner, []));
    }

    /// <summary>Closes every exam left in progress; returns a notice for each one closed.</summary>
    public static IReadOnlyList<string> CloseUnfinished(QuizStore store, Scheduler scheduler) =>
        [.. store.ExamDrafts().Select(draft => Close(store, scheduler, draft))];

    private static string Close(QuizStore store, Scheduler scheduler, ExamDraft draft)
    {
        var learner = draft.Learner;
        // Answers already stored (a crash between storing and closing) are not stored twice.
        var stored = store.QuestionsAnsweredIn(learner, draft.SessionId);
        var cards = store.Cards(learner);
        foreach (var answer in draft.Answers.Where(a => !stored.Contains(a.QuestionId)))
        {
            Review(store, scheduler, cards, answer, Grading.GradeFor(answer.Correct, null));
        }

        var last = draft.Answers.Count == 0 ? (DateTimeOffset?)null : draft.Answers.Max(a => a.AnsweredAt);
        if (last is { } ended)
        {
            store.FinishSession(draft.SessionId, ended, draft.Answers.Count, draft.Answers.Count(a => a.Correct));
        }

        store.DeleteExamDraft(draft.SessionId);
        var when = last is { } at ? $" on {at.ToLocalTime():yyyy-MM-dd HH:mm}" : "";
        return $"{learner}'s exam{when} was cut short; its {Plural(draft.Answers.Count)} {(draft.Answers.Count == 1 ? "was" : "were")} saved.";
    }

    // The answer feeds the scheduler at the time it was given, from the card as it stood before the exam.
    private static void Review(QuizStore store, Scheduler scheduler, IReadOnlyDictionary<string, Card> cards, AnswerRecord answer, Grade grade)
    {
        var before = cards.GetValueOrDefault(answer.QuestionId) ?? new Card();
        var (card, log) = scheduler.Review(before, grade, answer.AnsweredAt);
        store.RecordReview(answer, card, log);
    }

    private static string Plural(int n) => n == 1 ? "1 answer" : $"{n} answers";
}
