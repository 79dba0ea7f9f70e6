using static HitQuiz.Storage.Answers;

namespace HitQuiz.Storage;

public sealed class QuizStoreStatsTests
{
    [Fact]
    public void The_digest_counts_every_answer_of_the_learner_only()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        store.RecordAnswer(Of("ana", "q1", false, Monday.AddDays(1)));
        store.RecordAnswer(Of("ben", "q2", true, Monday));

        var digest = store.Digest("ana");

        Assert.Equal((2, 1), (digest.Answered, digest.Correct));
        var item = Assert.Single(digest.Items);
        Assert.Equal(("q1", "Duties", 2, false), (item.QuestionId, item.Section, item.Attempts, item.LastCorrect));
    }

    [Fact]
    public void An_exam_item_left_unanswered_is_kept_but_counts_as_no_answer()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        store.RecordAnswerBatch([Unanswered("ana", "q2", Monday), Unanswered("ana", "q1", Monday.AddMinutes(1))]);

        Assert.Equal(3, store.Answers("ana").Count);
        Assert.Equal(new HitQuiz.Sessions.LearnerTotals(1, 1), store.Totals("ana"));
        var history = Assert.Single(store.History("ana"));
        Assert.Equal(("q1", 1, true), (history.QuestionId, history.Attempts, history.LastCorrect));
        var digest = store.Digest("ana");
        Assert.Equal((1, 1), (digest.Answered, digest.Correct));
        Assert.True(Assert.Single(digest.Items).LastCorrect);
    }

    [Fact]
    public void Exam_items_left_unanswered_are_counted_as_omissions_in_the_digest_and_the_report_items()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        _ = store.Digest("ana");
        store.RecordAnswerBatch([Unanswered("ana", "q2", Monday), Unanswered("ana", "q2", Monday.AddDays(1))]);

        Assert.Equal([new HitQuiz.Stats.OmittedItem("q2", "Duties", 2)], store.Digest("ana").Omitted);
        Assert.Equal([new HitQuiz.Stats.OmittedItem("q2", "Duties", 2)], Assert.Single(store.AllLearnerItems()).Omitted);
    }

    [Fact]
    public void Answers_recorded_after_a_read_are_folded_in_at_the_next_read()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        _ = store.Digest("ana");

        store.RecordAnswer(Of("ana", "q2", false, Monday.AddHours(1)));
        store.RecordAnswerBatch([Of("ana", "q2", true, Monday.AddHours(2)), Of("ben", "q1", true, Monday)]);

        Assert.Equal(4 - 1, store.Digest("ana").Answered);
        Assert.True(store.Digest("ana").Items.Single(i => i.QuestionId == "q2").LastCorrect);
        Assert.Equal(1, store.Digest("ben").Answered);
    }

    [Fact]
    public void Finishing_a_session_folds_the_answers_recorded_since_into_the_statistics()
    {
        using var store = QuizStore.OpenInMemory();
        var id = store.StartSession("ana", "practice", Monday);
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        store.RecordAnswer(Of("ben", "q2", false, Monday));
        Assert.Equal(0, store.DigestedThrough());

        store.FinishSession(id, Monday.AddMinutes(5), answered: 1, correct: 1);

        Assert.Equal(2, store.DigestedThrough());
        Assert.Equal((1, 1), (store.Digest("ana").Answered, store.Digest("ben").Answered));
    }

    [Fact]
    public void A_learner_without_answers_has_an_empty_digest()
    {
        using var store = QuizStore.OpenInMemory();

        Assert.Equal(0, store.Digest("nobody").Answered);
    }

    [Fact]
    public void The_digest_survives_reopening_the_file()
    {
        using var temp = new TempDirectory();
        using (var store = QuizStore.Open(temp.Db))
        {
            store.RecordAnswer(Of("ana", "q1", true, Monday));
            _ = store.Digest("ana");
            store.RecordAnswer(Of("ana", "q2", true, Monday));
        }

        using var reopened = QuizStore.Open(temp.Db);

        Assert.Equal(2, reopened.Digest("ana").Answered);
    }

    [Fact]
    public void Every_learners_items_are_listed_for_the_report()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswerBatch([Of("ben", "q1", true, Monday), Of("ana", "q1", false, Monday), Of("ana", "q2", true, Monday)]);

        var learners = store.AllLearnerItems();

        Assert.Equal(["ana", "ben"], learners.Select(l => l.Learner));
        Assert.Equal(2, learners[0].Items.Count);
    }

    [Fact]
    public void Batch_answers_update_the_totals_like_single_ones()
    {
        using var store = QuizStore.OpenInMemory();

        store.RecordAnswerBatch([Of("ana", "q1", true, Monday), Of("ana", "q1", false, Monday.AddDays(1))]);

        Assert.Equal((2, 1), (store.Totals("ana").Answered, store.Totals("ana").Correct));
        Assert.Equal(2, store.AllAnswers().Count());
    }

    [Fact]
    public void Every_answer_is_read_back_in_the_order_recorded_across_runs_of_ids()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        store.RecordAnswerBatch([Of("ben", "q2", false, Monday), Of("ana", "q3", true, Monday), Unanswered("ben", "q4", Monday)]);
        store.RecordAnswer(Of("cai", "q5", true, Monday));

        var read = store.AnswersInRuns(2).ToList();

        Assert.Equal(["q1", "q2", "q3", "q4", "q5"], read.Select(a => a.QuestionId));
        Assert.Equal(["ana", "ben", "ana", "ben", "cai"], read.Select(a => a.Learner));
        Assert.Equal(read.Select(a => a.QuestionId), store.AllAnswers().Select(a => a.QuestionId));
    }

    [Fact]
    public void A_store_without_answers_reads_back_none()
    {
        using var store = QuizStore.OpenInMemory();
        store.GetOrAddLearner("ana", Monday);

        Assert.Empty(store.AllAnswers());
        Assert.Empty(store.AllAnswers("ana"));
    }
}
