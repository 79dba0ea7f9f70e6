using HitQuiz.Sessions;
using static HitQuiz.Storage.Answers;

namespace HitQuiz.Storage;

public sealed class QuizStoreTests
{
    [Fact]
    public void A_learner_is_added_once_and_keeps_their_id()
    {
        using var store = QuizStore.OpenInMemory();

        var first = store.GetOrAddLearner("ana", Monday);
        var again = store.GetOrAddLearner("ana", Monday.AddDays(1));

        Assert.Equal(first, again);
    }

    [Fact]
    public void Learners_are_listed_by_name_and_names_differing_in_case_are_different_learners()
    {
        using var store = QuizStore.OpenInMemory();
        store.GetOrAddLearner("bo", Monday);
        store.GetOrAddLearner("Ana", Monday);
        store.GetOrAddLearner("ana", Monday);

        Assert.Equal(["Ana", "ana", "bo"], store.Learners());
    }

    [Fact]
    public void A_finished_session_reads_back_as_it_was_written()
    {
        using var store = QuizStore.OpenInMemory();

        var id = store.StartSession("ana", "review", Monday);
        store.FinishSession(id, Monday.AddMinutes(12), answered: 10, correct: 7);

        var session = Assert.Single(store.Sessions("ana"));
        Assert.Equal(new StudySession(id, "ana", "review", Monday, Monday.AddMinutes(12), 10, 7), session);
    }

    [Fact]
    public void A_session_that_was_not_finished_has_no_end()
    {
        using var store = QuizStore.OpenInMemory();

        store.StartSession("ana", "new", Monday);

        Assert.Null(Assert.Single(store.Sessions("ana")).Ended);
    }

    [Fact]
    public void Finishing_an_unknown_session_fails_and_the_store_keeps_working()
    {
        using var store = QuizStore.OpenInMemory();

        Assert.Throws<InvalidOperationException>(() => store.FinishSession(99, Monday, 1, 1));
        store.RecordAnswer(Of("ana", "q1", true, Monday));

        Assert.Equal(new LearnerTotals(1, 1), store.Totals("ana"));
    }

    [Fact]
    public void Starting_a_session_adds_its_learner()
    {
        using var store = QuizStore.OpenInMemory();

        store.StartSession("ana", "new", Monday);

        Assert.Equal(["ana"], store.Learners());
    }

    [Fact]
    public void An_answer_with_several_chosen_options_round_trips_exactly()
    {
        using var store = QuizStore.OpenInMemory();
        var answer = new AnswerRecord("ana", "q-7", ["c", "a", "d"], false, TimeSpan.FromTicks(12_345_678), Monday, 42, "Coding");

        store.RecordAnswer(answer);

        var stored = Assert.Single(store.Answers("ana"));
        Assert.Equal(answer with { Chosen = stored.Chosen }, stored);
        Assert.Equal(["c", "a", "d"], stored.Chosen);
    }

    [Fact]
    public void Timestamps_come_back_in_utc_equal_to_the_instant_stored_to_the_millisecond()
    {
        using var store = QuizStore.OpenInMemory();
        var answeredInParis = new DateTimeOffset(2026, 10, 25, 2, 30, 15, 250, TimeSpan.FromHours(2)).AddTicks(7);

        store.RecordAnswer(Of("ana", "q1", true, answeredInParis));

        var stored = Assert.Single(store.Answers("ana")).AnsweredAt;
        Assert.Equal(TimeSpan.Zero, stored.Offset);
        Assert.Equal(answeredInParis.UtcDateTime.AddTicks(-7), stored.UtcDateTime);
    }

    [Fact]
    public void Answers_come_back_in_time_order_whatever_order_they_were_recorded_in()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q2", true, Monday.AddMinutes(2)));
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        store.RecordAnswer(Of("bo", "q3", true, Monday.AddMinutes(1)));

        Assert.Equal(["q1", "q2"], store.Answers("ana").Select(a => a.QuestionId));
    }

    [Fact]
    public void Totals_count_every_answer_of_the_learner_only()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        store.RecordAnswer(Of("ana", "q1", false, Monday.AddMinutes(1)));
        store.RecordAnswer(Of("ana", "q2", true, Monday.AddMinutes(2)));
        store.RecordAnswer(Of("bo", "q1", true, Monday));

        Assert.Equal(new LearnerTotals(3, 2), store.Totals("ana"));
    }

    [Fact]
    public void A_learner_with_no_answers_has_zero_totals()
    {
        using var store = QuizStore.OpenInMemory();

        Assert.Equal(new LearnerTotals(0, 0), store.Totals("nobody"));
    }

    [Fact]
    public void History_gives_attempts_correct_and_the_latest_answer_per_question()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q1", true, Monday));
        store.RecordAnswer(Of("ana", "q1", false, Monday.AddMinutes(5)));
        store.RecordAnswer(Of("ana", "q2", true, Monday.AddMinutes(1)));
        store.RecordAnswer(Of("bo", "q1", true, Monday.AddMinutes(9)));

        Assert.Equal(
            [new QuestionHistory("q1", 2, 1, Monday.AddMinutes(5), false), new QuestionHistory("q2", 1, 1, Monday.AddMinutes(1), true)],
            store.History("ana"));
    }

    [Fact]
    public void An_answer_recorded_late_with_an_earlier_time_does_not_become_the_latest()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "q1", true, Monday.AddMinutes(5)));
        store.RecordAnswer(Of("ana", "q1", false, Monday));

        Assert.Equal(new QuestionHistory("q1", 2, 1, Monday.AddMinutes(5), true), Assert.Single(store.History("ana")));
    }

    [Fact]
    public void Totals_and_history_agree_with_the_raw_answers()
    {
        using var store = QuizStore.OpenInMemory();
        for (var i = 0; i < 300; i++)
        {
            store.RecordAnswer(Of("ana", $"q{i % 7}", i % 3 != 0, Monday.AddSeconds(i)));
        }

        var answers = store.Answers("ana");
        Assert.Equal(new LearnerTotals(answers.Count, answers.Count(a => a.Correct)), store.Totals("ana"));
        Assert.Equal(answers.Count, store.History("ana").Sum(h => h.Attempts));
        Assert.Equal(answers.Count(a => a.Correct), store.History("ana").Sum(h => h.Correct));
    }

    [Fact]
    public void A_store_over_a_stream_reopens_with_everything_recorded()
    {
        using var bytes = new MemoryStream();
        using (var store = QuizStore.OpenStream(bytes))
        {
            store.RecordAnswer(Of("ana", "q1", true, Monday));
        }

        using var reopened = QuizStore.OpenStream(bytes);

        Assert.Equal(new LearnerTotals(1, 1), reopened.Totals("ana"));
    }

    [Fact]
    public void Rebuilding_the_aggregates_from_the_answers_gives_the_same_totals_and_history()
    {
        using var store = QuizStore.OpenInMemory();
        for (var i = 0; i < 50; i++)
        {
            store.RecordAnswer(Of(i % 4 == 0 ? "bo" : "ana", $"q{i % 6}", i % 3 != 0, Monday.AddSeconds(50 - i)));
        }

        var totals = store.Totals("ana");
        var history = store.History("ana");
        store.RebuildAggregates();

        Assert.Equal(totals, store.Totals("ana"));
        Assert.Equal(history, store.History("ana"));
    }
}
