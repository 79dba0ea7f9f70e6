using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using HitQuiz.Study;
using static HitQuiz.Core.Tests.Study.StudyData;

namespace HitQuiz.Core.Tests.Study;

public sealed class StudyPlannerTests
{
    private static readonly Dictionary<string, QuestionHistory> NoHistory = [];

    private static StudyPlan Plan(
        IReadOnlyList<Question> bank,
        IReadOnlyDictionary<string, Card> cards,
        StudyRequest request,
        IReadOnlyDictionary<string, QuestionHistory>? history = null) =>
        new StudyPlanner(Fsrs).Plan(bank, cards, history ?? NoHistory, request, Now, new Random(0));

    private static List<string> Ids(StudyPlan plan) => [.. plan.Questions.Select(q => q.Id)];

    [Fact]
    public void Practice_asks_due_items_most_overdue_first_before_new_ones()
    {
        Question[] bank = [Mc("new"), Mc("late"), Mc("later"), Mc("ahead")];
        var cards = new Dictionary<string, Card>
        {
            ["late"] = Reviewed(5, 6, TimeSpan.FromDays(-1)),
            ["later"] = Reviewed(5, 9, TimeSpan.FromDays(-4)),
            ["ahead"] = Reviewed(5, 1, TimeSpan.FromDays(4)),
        };

        var plan = Plan(bank, cards, new StudyRequest(StudyMode.Practice, 4));

        Assert.Equal(["later", "late", "new", "ahead"], Ids(plan));
    }

    [Fact]
    public void Practice_counts_what_is_due_before_the_end_of_today_and_what_is_new()
    {
        Question[] bank = [Mc("new"), Mc("due"), Mc("tonight"), Mc("tomorrow")];
        var cards = new Dictionary<string, Card>
        {
            ["due"] = Reviewed(5, 6, TimeSpan.FromDays(-1)),
            ["tonight"] = Reviewed(5, 6, TimeSpan.FromHours(8)),
            ["tomorrow"] = Reviewed(5, 6, TimeSpan.FromHours(20)),
        };

        var plan = Plan(bank, cards, new StudyRequest(StudyMode.Practice, 1));

        Assert.Equal(2, plan.DueToday);
        Assert.Equal(1, plan.New);
    }

    [Fact]
    public void The_workload_counts_the_same_due_and_new_items_as_a_plan()
    {
        Question[] bank = [Mc("new"), Mc("due"), Mc("later")];
        var cards = new Dictionary<string, Card>
        {
            ["due"] = Reviewed(5, 6, TimeSpan.FromDays(-1)),
            ["later"] = Reviewed(5, 1, TimeSpan.FromDays(3)),
        };

        Assert.Equal(new Workload(1, 1), Workload.Of(bank, cards, Now));
    }

    [Fact]
    public void Practice_counts_every_item_as_eligible_when_the_session_is_cut_short()
    {
        Question[] bank = [Mc("new1"), Mc("new2"), Mc("ahead")];
        var cards = new Dictionary<string, Card> { ["ahead"] = Reviewed(5, 1, TimeSpan.FromDays(4)) };

        var plan = Plan(bank, cards, new StudyRequest(StudyMode.Practice, 1));

        Assert.Equal((1, 3), (plan.Questions.Count, plan.Eligible));
    }

    [Fact]
    public void Practice_interleaves_new_items_across_sections()
    {
        Question[] bank = [Mc("a1", "A"), Mc("a2", "A"), Mc("a3", "A"), Mc("b1", "B"), Mc("b2", "B"), Mc("b3", "B")];

        var plan = Plan(bank, NoCards, new StudyRequest(StudyMode.Practice, 6));

        var sections = plan.Questions.Select(q => q.SectionName).ToList();
        Assert.All(sections.Zip(sections.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Practice_treats_a_stored_card_never_reviewed_as_new()
    {
        var plan = Plan([Mc("q")], new Dictionary<string, Card> { ["q"] = new Card() }, new StudyRequest(StudyMode.Practice));

        Assert.Equal((0, 1), (plan.DueToday, plan.New));
    }

    [Fact]
    public void Review_takes_recent_mistakes_and_weak_items_weakest_first_and_leaves_strong_and_unseen_ones()
    {
        Question[] bank = [Mc("strong"), Mc("weak"), Mc("weaker"), Mc("wrong"), Mc("unseen")];
        var cards = new Dictionary<string, Card>
        {
            ["strong"] = Reviewed(100, 1, TimeSpan.FromDays(50)),
            ["weak"] = Reviewed(2, 10, TimeSpan.FromDays(-7)),
            ["weaker"] = Reviewed(1, 20, TimeSpan.FromDays(-19)),
            ["wrong"] = Reviewed(100, 2, TimeSpan.FromDays(50)),
        };
        var history = new Dictionary<string, QuestionHistory> { ["wrong"] = new("wrong", 3, 2, Now.AddDays(-2), LastCorrect: false) };

        var plan = Plan(bank, cards, new StudyRequest(StudyMode.Review, 10), history);

        Assert.Equal(["weaker", "weak", "wrong"], Ids(plan));
    }

    [Fact]
    public void Review_leaves_a_mistake_older_than_two_weeks_when_recall_is_strong()
    {
        var cards = new Dictionary<string, Card> { ["old"] = Reviewed(100, 1, TimeSpan.FromDays(50)) };
        var history = new Dictionary<string, QuestionHistory> { ["old"] = new("old", 1, 0, Now.AddDays(-15), LastCorrect: false) };

        Assert.Empty(Plan([Mc("old")], cards, new StudyRequest(StudyMode.Review, 10), history).Questions);
    }

    [Theory]
    [InlineData("section b")]
    [InlineData("SECTION B")]
    [InlineData("tion b")]
    public void Topic_drills_only_the_named_section_ignoring_case(string topic)
    {
        Question[] bank = [Mc("a1", "Section A"), Mc("b1", "Section B"), Mc("b2", "Section B")];

        var plan = Plan(bank, NoCards, new StudyRequest(StudyMode.Topic, 10) { Topic = topic });

        Assert.Equal(["b1", "b2"], Ids(plan).Order());
    }

    [Fact]
    public void Topic_prefers_an_exact_name_over_names_that_contain_it()
    {
        Question[] bank = [Mc("coding", "Coding"), Mc("icd", "Coding systems")];

        Assert.Equal(["coding"], Ids(Plan(bank, NoCards, new StudyRequest(StudyMode.Topic) { Topic = "coding" })));
    }

    [Fact]
    public void Topic_asks_due_items_of_the_section_first()
    {
        Question[] bank = [Mc("new", "B"), Mc("due", "B"), Mc("other", "A")];
        var cards = new Dictionary<string, Card> { ["due"] = Reviewed(5, 6, TimeSpan.FromDays(-1)) };

        Assert.Equal(["due", "new"], Ids(Plan(bank, cards, new StudyRequest(StudyMode.Topic) { Topic = "b" })));
    }

    [Fact]
    public void A_topic_counts_what_is_due_and_new_in_its_own_sections_only()
    {
        Question[] bank = [Mc("new", "B"), Mc("due", "B"), Mc("other", "A"), Mc("other-due", "A")];
        var cards = new Dictionary<string, Card>
        {
            ["due"] = Reviewed(5, 6, TimeSpan.FromDays(-1)),
            ["other-due"] = Reviewed(5, 6, TimeSpan.FromDays(-1)),
        };

        var plan = Plan(bank, cards, new StudyRequest(StudyMode.Topic) { Topic = "b" });

        Assert.Equal((1, 1), (plan.DueToday, plan.New));
    }

    [Fact]
    public void Cram_asks_unseen_items_then_those_least_likely_recalled_on_the_exam_date()
    {
        Question[] bank = [Mc("firm"), Mc("fading"), Mc("unseen"), Mc("shaky")];
        var cards = new Dictionary<string, Card>
        {
            ["firm"] = Reviewed(200, 1, TimeSpan.FromDays(100)),
            ["fading"] = Reviewed(10, 1, TimeSpan.FromDays(9)),
            ["shaky"] = Reviewed(3, 1, TimeSpan.FromDays(2)),
        };

        var plan = Plan(bank, cards, new StudyRequest(StudyMode.Cram, 10) { ExamDate = Now.AddDays(30) });

        Assert.Equal(["unseen", "shaky", "fading", "firm"], Ids(plan));
    }

    [Fact]
    public void The_session_size_limits_every_mode_but_the_exam()
    {
        var bank = Enumerable.Range(0, 30).Select(i => Mc($"q{i}")).ToList();

        Assert.Equal(7, Plan(bank, NoCards, new StudyRequest(StudyMode.Practice, 7)).Questions.Count);
        Assert.Equal(StudyRequest.DefaultCount, Plan(bank, NoCards, new StudyRequest(StudyMode.Cram) { ExamDate = Now }).Questions.Count);
        Assert.Equal(30, Plan(bank, NoCards, new StudyRequest(StudyMode.Exam)).Questions.Count);
    }

    public static TheoryData<StudyMode> EveryMode => [.. Enum.GetValues<StudyMode>()];

    [Theory]
    [MemberData(nameof(EveryMode))]
    public void A_packed_bank_gets_the_same_plan_as_the_same_questions_as_a_list(StudyMode mode)
    {
        var sections = new[] { "Section A", "Section B", "Section C" };
        List<Question> bank = [.. Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? TrueFalse($"q{i}", sections[i % 3]) : Mc($"q{i}", sections[i % 3], 3 + (i % 3)))];
        var cards = Enumerable.Range(0, 300).Where(i => i % 2 == 0)
            .ToDictionary(i => $"q{i}", i => Reviewed(1 + (i % 13), 1 + (i % 9), TimeSpan.FromDays((i % 11) - 5)));
        var history = new Dictionary<string, QuestionHistory> { ["q3"] = new("q3", 2, 1, Now.AddDays(-1), LastCorrect: false) };
        var request = new StudyRequest(mode, 20) { Topic = "section b", ExamDate = Now.AddDays(30) };

        var fromList = Plan(bank, cards, request, history);
        var fromPacked = Plan(PackedQuestions.Of(bank), cards, request, history);

        Assert.NotEmpty(fromList.Questions);
        Assert.Equal(Ids(fromList), Ids(fromPacked));
        Assert.Equal((fromList.Eligible, fromList.DueToday, fromList.New), (fromPacked.Eligible, fromPacked.DueToday, fromPacked.New));
    }
}
