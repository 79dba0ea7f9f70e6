using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Generation;

public sealed class RankingTests
{
    private static readonly Evidence Evidence = new("Duties", 3, 3, "Technicians code records.");

    private static Candidate Item(string template, FactKey fact, int priority) =>
        new(template, fact, QuestionKind.Cloze, $"{template} {fact}", ["records"], Evidence) { Priority = priority };

    [Fact]
    public void Every_facts_best_item_ranks_before_any_second_item_whatever_order_they_come_in()
    {
        var candidates = new List<Candidate>
        {
            Item("a", "fact one", 90),
            Item("b", "fact one", 40),
            Item("c", "fact two", 30),
            Item("d", "fact two", 20),
            Item("e", new FactKey("fact two", "part"), 10),
            Item("f", "fact three", 25),
        };
        var expected = new[] { "a", "c", "f", "e", "b", "d" };

        foreach (var order in new[] { candidates, Enumerable.Reverse(candidates).ToList(), candidates.OrderBy(c => c.IdDigits).ToList() })
        {
            Assert.Equal(expected, QuestionGenerator.Rank(order).Select(c => c.Template));
        }
    }

    [Fact]
    public void Items_of_equal_priority_rank_by_id()
    {
        var candidates = new List<Candidate> { Item("x", "same fact", 50), Item("y", "same fact", 50), Item("z", "same fact", 50) };
        var byId = candidates.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Template).ToList();

        Assert.Equal(byId, QuestionGenerator.Rank(candidates).Select(c => c.Template));
        Assert.Equal(byId, QuestionGenerator.Rank(Enumerable.Reverse(candidates).ToList()).Select(c => c.Template));
    }

    [Fact]
    public void Second_items_rank_highest_priority_first_whatever_its_sign_or_size()
    {
        var candidates = new List<Candidate>
        {
            Item("head", "one fact", int.MaxValue),
            Item("low", "one fact", int.MinValue),
            Item("below", "one fact", -1),
            Item("zero", "one fact", 0),
            Item("high", "one fact", 1_000_000),
        };

        Assert.Equal(["head", "high", "zero", "below", "low"], QuestionGenerator.Rank(candidates).Select(c => c.Template));
    }
}
