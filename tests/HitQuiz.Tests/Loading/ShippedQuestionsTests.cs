using HitQuiz.Loading;
using HitQuiz.Questions;

namespace HitQuiz.Tests.Loading;

public sealed class ShippedQuestionsTests
{

    private static string QuestionsFolder() => ShippedQuestions.Folder;

    [Fact]
    public void Every_shipped_question_file_parses_without_problems()
    {
        var files = Directory.GetFiles(QuestionsFolder(), "*.quiz.md", SearchOption.AllDirectories);

        var quizzes = files.Select(f => QuizFileParser.Parse(f, File.ReadAllText(f))).ToList();

        Assert.NotEmpty(files);
        Assert.Empty(quizzes.SelectMany(q => q.Problems).Select(p => p.ToString()));
        Assert.True(quizzes.Sum(q => q.Questions.Count) >= 20);
    }

    [Fact]
    public void The_shipped_questions_folder_loads_with_no_errors_and_at_least_20_questions()
    {
        var bank = BankLoader.Load(QuestionsFolder());

        Assert.Empty(bank.Problems.Where(p => p.IsError).Select(p => p.ToString()));
        Assert.True(bank.Questions.Count >= 20, $"{bank.Questions.Count} questions loaded");
    }

    [Fact]
    public void The_trainers_shipped_bank_never_asks_a_starter_question_again_in_generated_words()
    {
        var bank = BankLoader.Load(QuestionsFolder(), generate: true);
        var starter = bank.Questions.Where(q => q.Origin is not null).ToList();
        var generated = bank.Questions.Where(q => q.Origin is null).ToList();

        Assert.NotEmpty(generated);
        Assert.Empty(generated.SelectMany(g => starter.Where(s => HitQuiz.Generation.AuthoredOverlap.AsksTheSame(g, s)).Select(s => $"{g.Id} asks {s.Id}: {g.Stem}")));
        // The starter's own questions on the accreditation sentence stay; the generated ones that repeated it do not.
        Assert.Single(bank.Questions, q => q.Source?.Evidence?.StartsWith("All programs should be accredited", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_shipped_evidence_is_found_in_the_cited_sections()
    {
        var bank = BankLoader.Load(QuestionsFolder());

        Assert.Empty(bank.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_example_in_the_questions_readme_parses_without_problems()
    {
        var readme = File.ReadAllText(Path.Combine(QuestionsFolder(), "README.md"));
        var start = readme.IndexOf("```markdown\n", StringComparison.Ordinal) + "```markdown\n".Length;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var quiz = QuizFileParser.Parse("README.md", example);

        Assert.Empty(quiz.Problems.Select(p => p.ToString()));
        Assert.Equal(5, quiz.Questions.Count);
    }
}
