using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Generation;

public sealed class BankMergerTests
{
    private static Question Item(string id, string stem, QuestionStatus status = QuestionStatus.Draft) =>
        new(id, QuestionKind.TrueFalse, stem, ["True", "False"], ["True"]) { Status = status };

    [Fact]
    public void An_authored_item_with_a_generated_id_overrides_the_generated_one()
    {
        var merged = BankMerger.Merge([Item("G-1", "generated"), Item("G-2", "kept")], [Item("G-1", "edited", QuestionStatus.Ok)]);
        Assert.Equal(["edited", "kept"], merged.Select(q => q.Stem));
    }

    [Fact]
    public void A_rejected_authored_item_removes_the_generated_one()
    {
        var merged = BankMerger.Merge([Item("G-1", "generated"), Item("G-2", "kept")], [Item("G-1", "no", QuestionStatus.Rejected)]);
        Assert.Equal(["G-2"], merged.Select(q => q.Id));
    }

    [Fact]
    public void Authored_items_with_new_ids_follow_the_generated_ones()
    {
        var merged = BankMerger.Merge([Item("G-1", "generated")], [Item("Q-1", "authored", QuestionStatus.Ok), Item("Q-2", "retired", QuestionStatus.Rejected)]);
        Assert.Equal(["G-1", "Q-1"], merged.Select(q => q.Id));
    }
}
