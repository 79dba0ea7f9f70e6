using HitQuiz.Scheduling;
using HitQuiz.Sessions;

namespace HitQuiz.Storage;

public sealed class ExamDraftTests
{
    private static readonly Scheduler Scheduler = new(new SchedulerOptions { EnableFuzzing = false });

    private static AnswerRecord Answer(string question, bool correct, int minute, long session) =>
        Answers.Of("ana", question, correct, Answers.Monday.AddMinutes(minute)) with { SessionId = session };

    private static long StartExam(QuizStore store) => store.StartSession("ana", "exam", Answers.Monday);

    private static void Keep(QuizStore store, params AnswerRecord[] answers)
    {
        for (var i = 0; i < answers.Length; i++)
        {
            store.SaveExamAnswer(i, answers[i]);
        }
    }

    [Fact]
    public void The_questions_answered_in_a_session_are_that_learners_answers_of_that_session_only()
    {
        using var store = QuizStore.OpenInMemory();
        var exam = StartExam(store);
        var other = store.StartSession("ana", "practice", Answers.Monday);
        store.RecordAnswer(Answer("q1", true, 1, exam));
        store.RecordAnswer(Answer("q2", false, 2, exam));
        store.RecordAnswer(Answer("q3", true, 3, other));
        store.RecordAnswer(Answer("q4", true, 4, exam) with { Learner = "ben" });

        Assert.Equal(["q1", "q2"], store.QuestionsAnsweredIn("ana", exam).Order(StringComparer.Ordinal));
        Assert.Equal(["q3"], store.QuestionsAnsweredIn("ana", other));
        Assert.Empty(store.QuestionsAnsweredIn("ben", other));
    }

    [Fact]
    public void The_kept_answers_of_an_exam_are_the_latest_per_item_in_item_order_and_read_back_exactly()
    {
        using var store = QuizStore.OpenInMemory();
        var id = StartExam(store);

        store.SaveExamAnswer(3, Answer("q4", true, 1, id));
        store.SaveExamAnswer(0, Answer("q1", true, 2, id));
        store.SaveExamAnswer(3, Answer("q4", false, 3, id));

        var draft = Assert.Single(store.ExamDrafts("ana"));
        Assert.Equal(id, draft.SessionId);
        Assert.Equal(["q1", "q4"], draft.Answers.Select(a => a.QuestionId));
        Assert.False(draft.Answers[1].Correct);
        Assert.Equal(Answers.Monday.AddMinutes(3), draft.Answers[1].AnsweredAt);
        Assert.Equal(TimeSpan.FromMilliseconds(4321.5), draft.Answers[1].ResponseTime);
        Assert.Empty(store.Answers("ana"));
        Assert.Empty(store.ExamDrafts("ben"));
    }

    [Fact]
    public void An_exam_left_in_progress_is_closed_at_the_next_start_with_its_answers_reviewed_and_a_notice()
    {
        using var stream = new MemoryStream();
        long id;
        using (var crashed = QuizStore.OpenStream(stream))
        {
            id = StartExam(crashed);
            Keep(crashed, Answer("q1", true, 1, id), Answer("q2", false, 2, id));
        }

        stream.Position = 0;
        using var store = QuizStore.OpenStream(stream);
        var notices = ExamSaving.CloseUnfinished(store, Scheduler);

        Assert.Equal(["q1", "q2"], store.Answers("ana").Select(a => a.QuestionId));
        Assert.Equal(2, store.Cards("ana").Count);
        Assert.Equal(2, store.Totals("ana").Answered);
        var session = Assert.Single(store.Sessions("ana"));
        Assert.Equal(Answers.Monday.AddMinutes(2), session.Ended);
        Assert.Empty(store.ExamDrafts("ana"));
        Assert.Contains("ana's exam on", Assert.Single(notices));
        Assert.EndsWith("was cut short; its 2 answers were saved.", notices[0]);
    }

    [Fact]
    public void Closing_an_exam_whose_answers_were_partly_stored_does_not_store_any_twice()
    {
        using var store = QuizStore.OpenInMemory();
        var id = StartExam(store);
        store.RecordAnswer(Answer("q1", true, 1, id));
        Keep(store, Answer("q1", true, 1, id), Answer("q2", false, 2, id));

        ExamSaving.CloseUnfinished(store, Scheduler);

        Assert.Equal(["q1", "q2"], store.Answers("ana").Select(a => a.QuestionId));
        Assert.Empty(store.ExamDrafts("ana"));
    }

    [Fact]
    public void Forgetting_an_exam_keeps_the_other_exams_answers()
    {
        using var store = QuizStore.OpenInMemory();
        var first = StartExam(store);
        var second = StartExam(store);
        store.SaveExamAnswer(0, Answer("q1", true, 1, first));
        store.SaveExamAnswer(0, Answer("q2", true, 2, second));

        store.DeleteExamDraft(first);

        Assert.Equal(second, Assert.Single(store.ExamDrafts("ana")).SessionId);
    }

    [Fact]
    public void With_no_exam_in_progress_nothing_is_closed()
    {
        using var store = QuizStore.OpenInMemory();
        store.GetOrAddLearner("ana", Answers.Monday);

        Assert.Empty(ExamSaving.CloseUnfinished(store, Scheduler));
    }
}
