using HitQuiz.Questions;
using HitQuiz.Sessions;

namespace HitQuiz.Core.Tests.Sessions;

public sealed class SessionPlannerTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static QuestionHistory Seen(string id, bool lastCorrect, int daysAgo) =>
        new(id, 1, lastCorrect ? 1 : 0, Day.AddDays(-daysAgo), lastCorrect);

    [Fact]
    public void Unseen_questions_come_before_questions_already_answered()
    {
        Question[] bank = [TestQuestions.Mc("seen"), TestQuestions.Mc("new")];
        var history = new Dictionary<string, QuestionHistory> { ["seen"] = Seen("seen", lastCorrect: false, 1) };

        var chosen = SessionPlanner.Choose(bank, history, 1, new Random(0));

        Assert.Equal("new", Assert.Single(chosen).Id);
    }

    [Fact]
    public void Questions_last_answered_wrong_come_before_questions_last_answered_right()
    {
        Question[] bank = [TestQuestions.Mc("right"), TestQuestions.Mc("wrong")];
        var history = new Dictionary<string, QuestionHistory>
        {
            ["right"] = Seen("right", lastCorrect: true, 5),
            ["wrong"] = Seen("wrong", lastCorrect: false, 1),
        };

        var chosen = SessionPlanner.Choose(bank, history, 2, new Random(0));

        Assert.Equal(["wrong", "right"], chosen.Select(q => q.Id));
    }

    [Fact]
    public void Among_right_answers_the_least_recently_answered_comes_first()
    {
        Question[] bank = [TestQuestions.Mc("recent"), TestQuestions.Mc("old")];
        var history = new Dictionary<string, QuestionHistory>
        {
            ["recent"] = Seen("recent", lastCorrect: true, 1),
            ["old"] = Seen("old", lastCorrect: true, 9),
        };

        Assert.Equal("old", SessionPlanner.Choose(bank, history, 2, new Random(0))[0].Id);
    }

    [Fact]
    public void A_session_never_holds_more_questions_than_the_bank()
    {
        Question[] bank = [TestQuestions.Mc("a"), TestQuestions.Mc("b")];

        Assert.Equal(2, SessionPlanner.Choose(bank, new Dictionary<string, QuestionHistory>(), 10, new Random(0)).Count);
    }

    [Fact]
    public void Sections_are_interleaved_so_one_topic_does_not_fill_a_session()
    {
        Question[] bank =
        [
            TestQuestions.Mc("a1", "A"), TestQuestions.Mc("a2", "A"), TestQuestions.Mc("a3", "A"),
            TestQuestions.Mc("b1", "B"), TestQuestions.Mc("b2", "B"), TestQuestions.Mc("b3", "B"),
        ];

        var chosen = SessionPlanner.Choose(bank, new Dictionary<string, QuestionHistory>(), 6, new Random(3));

        Assert.All(chosen.Zip(chosen.Skip(1)), pair => Assert.NotEqual(pair.First.SectionName, pair.Second.SectionName));
    }

    [Fact]
    public void The_same_seed_chooses_the_same_session()
    {
        var bank = Enumerable.Range(0, 30).Select(i => TestQuestions.Mc($"q{i}", $"S{i % 4}")).ToList();
        var none = new Dictionary<string, QuestionHistory>();

        Assert.Equal(
            SessionPlanner.Choose(bank, none, 10, new Random(42)).Select(q => q.Id),
            SessionPlanner.Choose(bank, none, 10, new Random(42)).Select(q => q.Id));
    }
}
