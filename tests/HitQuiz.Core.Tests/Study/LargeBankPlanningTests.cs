using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using HitQuiz.Study;
using static HitQuiz.Core.Tests.Study.StudyData;

namespace HitQuiz.Core.Tests.Study;

/// <summary>The whole bank is read through the learner's cards and the bank index; a topic's items are scanned.</summary>
public sealed class LargeBankPlanningTests
{
    private static readonly Dictionary<string, QuestionHistory> NoHistory = [];

    private static readonly string[] Sections = ["A", "B", "C"];

    private static List<Question> Bank(int size, params string[] sections) =>
        [.. Enumerable.Range(0, size).Select(i => Mc($"q{i:D3}", sections[i % sections.Length]))];

    // Due times repeat so that ties are broken by bank order.
    private static Dictionary<string, Card> Cards(IReadOnlyList<Question> bank, int reviewed, int due) => bank.Take(reviewed)
        .Select((q, i) => (q.Id, Card: Reviewed(5, 6, i < due ? TimeSpan.FromHours(-(i * 7 % 40)) : TimeSpan.FromDays(1 + (i % 9)))))
        .ToDictionary(x => x.Id, x => x.Card);

    private static List<string> Ids(StudyPlan plan) => [.. plan.Questions.Select(q => q.Id)];

    private static StudyPlan Plan(IReadOnlyList<Question> bank, IReadOnlyDictionary<string, Card> cards, StudyRequest request, int seed = 0) =>
        new StudyPlanner(Fsrs).Plan(bank, cards, NoHistory, request, Now, new Random(seed));

    [Fact]
    public void Practice_over_the_whole_bank_asks_the_same_due_items_as_a_scan_of_the_same_items()
    {
        var bank = Bank(300, "A");
        var cards = Cards(bank, reviewed: 200, due: 120);

        var whole = Plan(bank, cards, new StudyRequest(StudyMode.Practice, 50));
        var scanned = Plan(bank, cards, new StudyRequest(StudyMode.Topic, 50) { Topic = "A" });

        Assert.Equal(Ids(scanned), Ids(whole));
    }

    [Fact]
    public void Review_through_the_index_takes_the_items_a_scan_of_the_whole_bank_takes_in_the_same_order()
    {
        var bank = Bank(300, Sections);
        var cards = bank.Take(200).Select((q, i) => (q.Id, Card: Reviewed(1 + (i % 17), 1 + (i % 23), TimeSpan.FromDays((i % 9) - 4))))
            .ToDictionary(x => x.Id, x => x.Card);
        var history = new Dictionary<string, QuestionHistory>
        {
            ["q250"] = new("q250", 1, 0, Now.AddDays(-3), LastCorrect: false),
            ["q010"] = new("q010", 4, 3, Now.AddDays(-1), LastCorrect: false),
            ["gone"] = new("gone", 1, 0, Now.AddDays(-1), LastCorrect: false),
        };
        // A bank that repeats an id is scanned whole; the repeated items are unseen, so review leaves them out either way.
        List<Question> scanned = [.. bank, Mc("spare"), Mc("spare")];
        var request = new StudyRequest(StudyMode.Review, 500);

        var byIndex = new StudyPlanner(Fsrs).Plan(bank, cards, history, request, Now, new Random(0));
        var byScan = new StudyPlanner(Fsrs).Plan(scanned, cards, history, request, Now, new Random(0));

        Assert.True(byIndex.Questions.Count > 20);
        Assert.Contains(byIndex.Questions, q => q.Id == "q250");
        Assert.Equal(Ids(byScan), Ids(byIndex));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_topic_read_by_position_splits_into_the_same_due_new_and_ahead_items_as_a_scan_of_its_questions(int seed)
    {
        var bank = PackedQuestions.Of(Bank(400, "Alpha one", "Alpha two", "Beta"));
        var cards = Cards(bank, reviewed: 250, due: 90);
        var deck = new Deck(bank, cards, Now);
        var topic = TopicMatch.Filter(bank, "alpha");

        var byPosition = deck.Split(topic);
        var scanned = deck.Split(topic.ToList());

        Assert.IsType<BankView>(topic);
        Assert.Equal(scanned.Count, byPosition.Count);
        Assert.Equal(scanned.FirstDue(30).Select(q => q.Id), byPosition.FirstDue(30).Select(q => q.Id));
        Assert.Equal(scanned.DrawFresh(new Random(seed)).Select(q => q.Id), byPosition.DrawFresh(new Random(seed)).Select(q => q.Id));
        Assert.Equal(scanned.Ahead().Select(a => (a.Question.Id, a.Card)), byPosition.Ahead().Select(a => (a.Question.Id, a.Card)));
        Assert.NotEmpty(byPosition.Ahead());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_first_due_items_are_those_a_full_sort_and_interleave_would_give(int seed)
    {
        var random = new Random(seed);
        var bank = Bank(500, Sections);
        var due = bank.Select((q, i) => (Position: i, Due: Now.AddHours(-random.Next(0, 30)), Section: Array.IndexOf(Sections, q.SectionName)))
            .Where(_ => random.Next(3) > 0)
            .ToList();

        var first = SectionInterleave.FirstDue(due, 25, i => bank[i]);

        var sorted = due.OrderBy(d => d.Due).Select(d => bank[d.Position]);
        Assert.Equal(SectionInterleave.Apply(sorted).Take(25), first);
    }

    [Fact]
    public void Practice_draws_new_items_once_each_and_never_a_reviewed_one()
    {
        var bank = Bank(90, Sections);
        var cards = Cards(bank, reviewed: 45, due: 0);

        var plan = Plan(bank, cards, new StudyRequest(StudyMode.Practice, 45));

        Assert.Equal(45, plan.Questions.Select(q => q.Id).Distinct().Count());
        Assert.All(plan.Questions, q => Assert.False(cards.ContainsKey(q.Id)));
    }

    [Fact]
    public void Practice_interleaves_new_items_drawn_from_the_whole_bank()
    {
        var plan = Plan(Bank(60, Sections), NoCards, new StudyRequest(StudyMode.Practice, 12));

        var sections = plan.Questions.Select(q => q.SectionName).ToList();
        Assert.All(sections.Zip(sections.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Practice_takes_items_not_due_yet_soonest_first_once_nothing_is_due_or_new()
    {
        var bank = Bank(20, "A");
        var cards = Cards(bank, reviewed: 20, due: 0);

        var plan = Plan(bank, cards, new StudyRequest(StudyMode.Practice, 20));

        Assert.Equal(bank.Select(q => cards[q.Id].Due).Order(), plan.Questions.Select(q => cards[q.Id].Due));
    }

    [Fact]
    public void The_workload_leaves_out_cards_of_questions_no_longer_in_the_bank()
    {
        var cards = new Dictionary<string, Card>
        {
            ["kept"] = Reviewed(5, 6, TimeSpan.FromDays(-1)),
            ["removed"] = Reviewed(5, 6, TimeSpan.FromDays(-1)),
        };

        Assert.Equal(new Workload(1, 1), Workload.Of([Mc("kept"), Mc("new")], cards, Now));
    }

    [Fact]
    public void Readiness_leaves_out_cards_of_questions_no_longer_in_the_bank()
    {
        var cards = new Dictionary<string, Card> { ["removed"] = Reviewed(10, 0, TimeSpan.FromDays(10)) };

        var estimate = new ReadinessEstimator(Fsrs).Estimate([Mc("a")], cards, Now);

        Assert.Equal((0, 1, 0.25), (estimate.Seen, estimate.Unseen, estimate.Score));
    }

    [Fact]
    public void A_bank_that_repeats_an_id_counts_every_copy_as_before()
    {
        var cards = new Dictionary<string, Card> { ["a"] = Reviewed(5, 6, TimeSpan.FromDays(-1)) };

        Assert.Equal(new Workload(2, 1), Workload.Of([Mc("a"), Mc("a"), Mc("b")], cards, Now));
    }
}
