using HitQuiz.Loading;
using HitQuiz.Sessions;

namespace HitQuiz.Tests.Loading;

public sealed class ShippedExplanationsTests
{
    private static string QuestionsFolder() => ShippedQuestions.Folder;

    [Fact]
    public void Every_shipped_question_explains_itself_with_its_source_section_and_highlighted_evidence()
    {
        var bank = BankLoader.Load(QuestionsFolder());

        var unexplained = bank.Questions
            .Where(q => q.Source?.Evidence is not null)
            .Where(q => ExplanationBuilder.Build(q, bank.Sources).Passage is not { Highlights.Count: > 0 })
            .Select(q => q.Id)
            .ToList();

        Assert.NotEmpty(bank.Questions);
        Assert.Empty(unexplained);
    }
}
