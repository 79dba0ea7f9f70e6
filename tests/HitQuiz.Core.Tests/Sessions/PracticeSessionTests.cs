using HitQuiz.Questions;
using HitQuiz.Sessions;

namespace HitQuiz.Core.Tests.Sessions;

public sealed class PracticeSessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static PracticeSession Session(params Question[] questions) => new("ana", 7, questions, Start);

    [Fact]
    public void Submitting_an_answer_moves_to_the_next_question()
    {
        var session = Session(TestQuestions.Mc("a"), TestQuestions.Mc("b"));

        session.Submit(Response.Choice(0), TimeSpan.FromSeconds(3), Start.AddSeconds(3));

        Assert.Equal("b", session.Current.Id);
        Assert.Equal(2, session.Position);
    }

    [Fact]
    public void A_verdict_carries_the_record_to_store_with_learner_session_choice_and_time()
    {
        var session = Session(TestQuestions.Mc("a"));

        var verdict = session.Submit(Response.Choice(1), TimeSpan.FromSeconds(4), Start.AddSeconds(4));

        Assert.False(verdict.Correct);
        Assert.Equal(["Right"], verdict.Key);
        Assert.Equal(
            new AnswerRecord("ana", "a", verdict.Record.Chosen, false, TimeSpan.FromSeconds(4), Start.AddSeconds(4), 7, "Section A"),
            verdict.Record);
        Assert.Equal(["Wrong 1"], verdict.Record.Chosen);
    }

    [Fact]
    public void The_session_is_finished_after_the_last_answer()
    {
        var session = Session(TestQuestions.Mc("a"));

        session.Submit(Response.Choice(0), TimeSpan.FromSeconds(1), Start.AddSeconds(1));

        Assert.True(session.IsFinished);
        Assert.Throws<InvalidOperationException>(() => session.Current);
    }

    [Fact]
    public void The_summary_gives_score_time_and_results_per_section()
    {
        var session = Session(TestQuestions.Mc("a", "A"), TestQuestions.Mc("b", "B"), TestQuestions.Mc("c", "B"));
        session.Submit(Response.Choice(0), TimeSpan.FromSeconds(1), Start.AddSeconds(10));
        session.Submit(Response.Choice(0), TimeSpan.FromSeconds(1), Start.AddSeconds(20));
        session.Submit(Response.Choice(2), TimeSpan.FromSeconds(1), Start.AddSeconds(30));

        var summary = session.Summarise(Start.AddSeconds(95));

        Assert.Equal((3, 2), (summary.Answered, summary.Correct));
        Assert.Equal(TimeSpan.FromSeconds(95), summary.Duration);
        Assert.Equal([new SectionResult("A", 1, 1), new SectionResult("B", 2, 1)], summary.Sections);
    }

    [Fact]
    public void A_summary_of_a_session_left_early_counts_only_what_was_answered()
    {
        var session = Session(TestQuestions.Mc("a"), TestQuestions.Mc("b"));
        session.Submit(Response.Choice(0), TimeSpan.FromSeconds(1), Start.AddSeconds(1));

        var summary = session.Summarise(Start.AddSeconds(5));

        Assert.Equal((2, 1, 1), (summary.Planned, summary.Answered, summary.Correct));
    }
}
