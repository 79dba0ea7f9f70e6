using HitQuiz.Generation;
using HitQuiz.Loading;
using HitQuiz.Questions;

namespace HitQuiz.Tests.Loading;

public sealed class MultiColumnTableTests
{
    private const string Fees = """
        ## Fees

        | Item | Fee | Deadline |
        |---|---|---|
        | Copy of record | $6.50 | 30 days |
        | Amendment | None | 60 days |
        | Accounting of disclosures | Free once a year | 60 days |
        """;

    private static IReadOnlyList<Question> Generated() =>
        QuestionGenerator.Generate(MarkdownSourceParser.Parse("tricky.md", Fees)).Questions.Select(g => g.Question).ToList();

    [Fact]
    public void A_row_of_a_table_with_more_than_two_columns_never_gives_an_answer_joining_its_cells()
    {
        var questions = Generated();

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.All(q.Answers.Concat(q.Options), a => Assert.DoesNotContain("|", a, StringComparison.Ordinal)));
        Assert.All(questions, q => Assert.DoesNotContain("|", q.Stem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_from_a_table_with_more_than_two_columns_names_the_column_it_asks_about()
    {
        var questions = Generated();

        Assert.All(questions, q => Assert.Matches(@"^In ""Fees"", (what is )?the (fee|deadline) for (copy of record|amendment|accounting of disclosures)\b", q.Stem));
        Assert.Contains("In \"Fees\", the fee for amendment is [[None]].", questions.Select(ClozeText));
        Assert.Contains(questions, q => q.Stem == "In \"Fees\", what is the deadline for amendment?" && q.Answers.SequenceEqual(["60"]));
    }

    private static string ClozeText(Question q) => q.Stem.Replace(Blank.Marker, "[[" + string.Join("|", q.Answers) + "]]", StringComparison.Ordinal);
}
