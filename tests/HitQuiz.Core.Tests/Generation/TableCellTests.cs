using HitQuiz.Generation;
using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Generation;

public sealed class TableCellTests
{
    [Fact]
    public void A_plain_text_row_of_several_cells_gives_no_question_joining_them()
    {
        const string text = """
            Release of Information

            Fees

            Copy of record | $6.50 | 30 days
            Amendment | None | 60 days
            Accounting of disclosures | Free once a year | 60 days
            """;

        var questions = QuestionGenerator.Generate(PlainTextSourceParser.Parse("fees.txt", text)).Questions.Select(g => g.Question).ToList();

        // Without a header naming its columns, no cell can be asked about by name; the document states nothing else.
        Assert.Empty(questions);
    }
}
