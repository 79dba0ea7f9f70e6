using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using static HitQuiz.Storage.Answers;

namespace HitQuiz.Storage;

public sealed class QuizStoreCardsTests : IDisposable
{
    private static readonly Scheduler Fsrs = new(new SchedulerOptions { EnableFuzzing = false });
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Reviews a question as a front end does: schedule, then store answer, card and log together.</summary>
    private static Card Review(QuizStore store, string question, bool correct, DateTimeOffset at, Grade? grade = null)
    {
        var before = store.Cards("ana").GetValueOrDefault(question) ?? new Card();
        var (card, log) = Fsrs.Review(before, grade ?? (correct ? Grade.Good : Grade.Again), at);
        store.RecordReview(Of("ana", question, correct, at), card, log);
        return card;
    }

    [Fact]
    public void A_learner_with_no_reviews_has_no_cards()
    {
        using var store = QuizStore.OpenInMemory();

        Assert.Empty(store.Cards("ana"));
    }

    [Fact]
    public void A_reviewed_card_reads_back_exactly_as_it_was_stored()
    {
        using var store = QuizStore.OpenInMemory();

        var card = Review(store, "q1", true, Monday.AddTicks(1234));

        Assert.Equal(card, store.Cards("ana")["q1"]);
        Assert.Equal(TimeSpan.Zero, store.Cards("ana")["q1"].Due.Offset);
    }

    [Fact]
    public void A_review_stores_the_answer_its_aggregates_the_card_and_the_log_together()
    {
        using var store = QuizStore.OpenInMemory();

        var card = Review(store, "q1", false, Monday);

        Assert.Single(store.Answers("ana"));
        Assert.Equal(new LearnerTotals(1, 0), store.Totals("ana"));
        Assert.False(Assert.Single(store.History("ana")).LastCorrect);
        var log = Assert.Single(store.ReviewLogs("ana", "q1"));
        Assert.Equal(new ReviewLog(Grade.Again, Monday, new Card(), card), log);
    }

    [Fact]
    public void A_review_that_fails_part_way_leaves_nothing_behind()
    {
        using var store = QuizStore.OpenInMemory();
        var (card, log) = Fsrs.Review(new Card(), Grade.Good, Monday);

        // The log is written last; a broken one fails after the answer, aggregates and card were written.
        Assert.ThrowsAny<Exception>(() => store.RecordReview(Of("ana", "q1", true, Monday), card, log with { After = null! }));

        Assert.Empty(store.Answers("ana"));
        Assert.Equal(new LearnerTotals(0, 0), store.Totals("ana"));
        Assert.Empty(store.History("ana"));
        Assert.Empty(store.Cards("ana"));
        Assert.Empty(store.ReviewLogs("ana", "q1"));
    }

    [Fact]
    public void Cards_read_earlier_stay_as_they_were_and_a_new_read_sees_the_latest_review()
    {
        using var store = QuizStore.OpenInMemory();
        var first = Review(store, "q1", true, Monday);
        var earlier = store.Cards("ana");

        var second = Review(store, "q1", true, Monday.AddMinutes(10));

        Assert.Equal(first, earlier["q1"]);
        Assert.Equal(second, store.Cards("ana")["q1"]);
    }

    [Fact]
    public void A_failed_review_does_not_change_the_cards_already_read()
    {
        using var store = QuizStore.OpenInMemory();
        var card = Review(store, "q1", true, Monday);
        var (next, log) = Fsrs.Review(card, Grade.Again, Monday.AddDays(1));

        Assert.ThrowsAny<Exception>(() => store.RecordReview(Of("ana", "q1", false, Monday.AddDays(1)), next, log with { Before = null! }));

        Assert.Equal(card, store.Cards("ana")["q1"]);
    }

    [Fact]
    public void Recent_history_holds_only_questions_answered_since_the_given_time_by_that_learner()
    {
        using var store = QuizStore.OpenInMemory();
        store.RecordAnswer(Of("ana", "old", false, Monday));
        store.RecordAnswer(Of("ana", "new", false, Monday.AddDays(20)));
        store.RecordAnswer(Of("bo", "new", false, Monday.AddDays(20)));

        var recent = store.RecentHistory("ana", Monday.AddDays(10));

        Assert.Equal(["new"], recent.Keys);
        Assert.False(recent["new"].LastCorrect);
    }

    [Fact]
    public void Review_logs_are_kept_per_learner_and_question_oldest_first()
    {
        using var store = QuizStore.OpenInMemory();
        Review(store, "q1", true, Monday.AddMinutes(20));
        Review(store, "q2", true, Monday.AddMinutes(5));
        Review(store, "q1", false, Monday.AddDays(3));

        Assert.Equal([Grade.Good, Grade.Again], store.ReviewLogs("ana", "q1").Select(l => l.Grade));
        Assert.Empty(store.ReviewLogs("bo", "q1"));
        Assert.Equal(["q1", "q2"], store.ReviewLogs("ana").Keys.Order());
    }

    [Fact]
    public void Cards_and_review_logs_survive_reopening_the_file()
    {
        Card card;
        using (var store = QuizStore.Open(_temp.Db))
        {
            Review(store, "q1", true, Monday);
            card = Review(store, "q1", true, Monday.AddDays(2), Grade.Easy);
        }

        using var reopened = QuizStore.Open(_temp.Db);

        Assert.Equal(card, reopened.Cards("ana")["q1"]);
        Assert.Equal(2, reopened.ReviewLogs("ana", "q1").Count);
    }

    [Fact]
    public void Replaying_a_learners_stored_review_log_reproduces_each_stored_card()
    {
        using (var store = QuizStore.Open(_temp.Db))
        {
            Review(store, "q1", false, Monday);
            Review(store, "q1", true, Monday.AddMinutes(1));
            Review(store, "q2", true, Monday.AddMinutes(2), Grade.Easy);
            Review(store, "q1", true, Monday.AddMinutes(12));
            Review(store, "q1", true, Monday.AddDays(3).AddTicks(77));
            Review(store, "q2", false, Monday.AddDays(9));
        }

        using var reopened = QuizStore.Open(_temp.Db);
        var cards = reopened.Cards("ana");

        foreach (var (question, logs) in reopened.ReviewLogs("ana"))
        {
            Assert.Equal(cards[question], Fsrs.Replay(logs));
        }
    }

    [Fact]
    public void Recording_an_answer_without_a_review_leaves_the_cards_alone()
    {
        using var store = QuizStore.OpenInMemory();
        var card = Review(store, "q1", true, Monday);

        store.RecordAnswer(Of("ana", "q1", false, Monday.AddDays(1)));

        Assert.Equal(card, store.Cards("ana")["q1"]);
        Assert.Single(store.ReviewLogs("ana", "q1"));
        Assert.Equal(2, store.Answers("ana").Count);
    }
}
