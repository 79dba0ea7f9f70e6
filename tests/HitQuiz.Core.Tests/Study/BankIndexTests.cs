using HitQuiz.Questions;
using HitQuiz.Study;
using static HitQuiz.Core.Tests.Study.StudyData;

namespace HitQuiz.Core.Tests.Study;

public sealed class BankIndexTests
{
    [Fact]
    public void The_index_finds_the_first_question_with_an_id_and_its_section()
    {
        var first = Mc("a", "A");
        var index = BankIndex.Of([first, Mc("b", "B"), Mc("a", "C")]);

        Assert.Same(first, index.Find("a"));
        Assert.Equal("A", index.SectionOf["a"]);
        Assert.True(index.HasRepeatedIds);
        Assert.Null(index.Find("missing"));
    }

    [Fact]
    public void The_index_groups_questions_by_section_in_order_of_first_appearance()
    {
        var index = BankIndex.Of([Mc("a", "B"), Mc("b", "A"), Mc("c", "B")]);

        Assert.Equal(["B", "A"], index.Sections.Select(s => s.Key));
        Assert.Equal(["a", "c"], index.Sections[0].Value.Select(q => q.Id));
        Assert.Equal((0, 1, 0), (index.SectionNumberAt(0), index.SectionNumberAt(1), index.SectionNumberAt(2)));
    }

    [Fact]
    public void A_bank_is_indexed_once_and_again_when_it_has_grown()
    {
        List<Question> bank = [Mc("a")];
        var index = BankIndex.Of(bank);

        Assert.Same(index, BankIndex.Of(bank));
        bank.Add(Mc("b"));
        Assert.Equal(1, BankIndex.Of(bank).PositionOf("b"));
    }
}
