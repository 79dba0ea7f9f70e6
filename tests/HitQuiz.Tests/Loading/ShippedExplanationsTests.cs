using HitQuiz.Loading;
using HitQuiz.Sessions;

namespace HitQuiz.Tests.Loading;

public sealed class ShippedExplanationsTests
{
    private static string QuestionsFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HitQuiz.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder!.FullName, "questions");
    }

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
