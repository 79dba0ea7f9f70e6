using HitQuiz.Scheduling;
using HitQuiz.Sessions;

namespace HitQuiz.Storage;

public sealed class ExamDraftTests
{
    private static readonly Scheduler Scheduler = new(new SchedulerOptions { EnableFuzzing = false });

    private static AnswerRecord Answer(string question, bool correct, int minute, long session) =>
        Answers.Of("ana", question, correct, Answers.Monday.AddMinutes(minute)) with { SessionId = session };

    private static long StartExam(QuizStore store) => store.StartSession("ana", "exam", Answers.Monday);

    [Fact]
    public void A_draft_holds_the_latest_answers_given_and_reads_back_exactly()
    {
        using var store = QuizStore.OpenInMemory();
        var id = StartExam(store);

        store.SaveExamDraft(id, "ana", [Answer("q1", true, 1, id)]);
        store.SaveExamDraft(id, "ana", [Answer("q1", true, 1, id), Answer("q2", false, 2, id)]);

        var draft = Assert.Single(store.ExamDrafts("ana"));
        Assert.Equal(id, draft.SessionId);
        Assert.Equal(["q1", "q2"], draft.Answers.Select(a => a.QuestionId));
        Assert.Equal(Answers.Monday.AddMinutes(2), draft.Answers[1].AnsweredAt);
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
            crashed.SaveExamDraft(id, "ana", [Answer("q1", true, 1, id), Answer("q2", false, 2, id)]);
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
        store.SaveExamDraft(id, "ana", [Answer("q1", true, 1, id), Answer("q2", false, 2, id)]);

        ExamSaving.CloseUnfinished(store, Scheduler);

        Assert.Equal(["q1", "q2"], store.Answers("ana").Select(a => a.QuestionId));
        Assert.Empty(store.ExamDrafts("ana"));
    }

    [Fact]
    public void With_no_exam_in_progress_nothing_is_closed()
    {
        using var store = QuizStore.OpenInMemory();
        store.GetOrAddLearner("ana", Answers.Monday);

        Assert.Empty(ExamSaving.CloseUnfinished(store, Scheduler));
    }
}
