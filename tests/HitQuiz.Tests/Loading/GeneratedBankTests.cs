using HitQuiz.Generation;
using HitQuiz.Loading;
using HitQuiz.Questions;
using HitQuiz.Sources;
using HitQuiz.Tests.Cli;

namespace HitQuiz.Tests.Loading;

public sealed class GeneratedBankTests
{
    private static Question FirstGenerated(TestBank bank)
    {
        var source = PlainTextSourceParser.Parse("sources/careers.txt", File.ReadAllText(Path.Combine(bank.Questions, "sources", "careers.txt")));
        return QuestionGenerator.Generate(source).Questions[0].Question;
    }

    [Fact]
    public void The_trainer_asks_questions_generated_from_the_sources_as_well_as_the_written_ones()
    {
        using var bank = new TestBank();

        var loaded = BankLoader.Load(bank.Questions, generate: true);

        Assert.True(loaded.GeneratedCount > 0);
        Assert.Equal(3 + loaded.GeneratedCount, loaded.Questions.Count);
        Assert.Contains(loaded.Questions, q => q.Id == FirstGenerated(bank).Id);
    }

    [Fact]
    public void The_loaded_bank_is_held_packed_with_each_question_where_its_file_wrote_it()
    {
        using var bank = new TestBank();

        var loaded = BankLoader.Load(bank.Questions, generate: true);

        var packed = Assert.IsType<PackedQuestions>(loaded.Questions);
        var written = packed.Where(q => q.Origin is not null).ToList();
        Assert.Equal(3, written.Count);
        Assert.All(written, q => Assert.EndsWith(".quiz.md", q.Origin!.File, StringComparison.Ordinal));
        Assert.Equal(loaded.GeneratedCount, packed.Count(q => q.Origin is null));
    }

    [Fact]
    public void A_written_question_with_a_generated_id_replaces_the_generated_one()
    {
        using var bank = new TestBank();
        var generated = FirstGenerated(bank);
        bank.Write("review.quiz.md", $"# Quiz: Review\n\n## {generated.Id} [tf]\nEdited by the instructor.\nAnswer: true\n");

        var loaded = BankLoader.Load(bank.Questions, generate: true);

        Assert.Equal("Edited by the instructor.", Assert.Single(loaded.Questions, q => q.Id == generated.Id).Stem);
    }

    [Fact]
    public void A_generated_question_marked_rejected_is_left_out()
    {
        using var bank = new TestBank();
        var generated = FirstGenerated(bank);
        bank.Write("review.quiz.md", $"# Quiz: Review\n\n## {generated.Id} [tf]\nStatus: rejected\nNot wanted.\nAnswer: true\n");

        var loaded = BankLoader.Load(bank.Questions, generate: true);

        Assert.DoesNotContain(loaded.Questions, q => q.Id == generated.Id);
    }

    [Fact]
    public void A_plain_session_without_no_generated_asks_generated_questions_too()
    {
        using var bank = new TestBank();

        var run = CliRun.Of(bank.ArgsWithGenerated("practice", "--plain", "--count", "6", "--seed", "1"), "1\n1\n1\n1\n1\n1\n");

        // Three written questions and the one the source yields.
        Assert.Contains("Question 4/4", run.Output);
    }
}
