using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class SourceFieldTests
{
    [Theory]
    [InlineData("Job Outlook, line 81", null, "Job Outlook", 81)]
    [InlineData("  Job Outlook ,  LINE  7  ", null, "Job Outlook", 7)]
    [InlineData("sources/hit.txt > Job Outlook, line 3", "sources/hit.txt", "Job Outlook", 3)]
    [InlineData(@"sources\hit.txt>Salary", "sources/hit.txt", "Salary", null)]
    [InlineData(" > Salary, line 12", null, "Salary", 12)]
    [InlineData("sources/hit.txt >", "sources/hit.txt", "", null)]
    [InlineData("Salary, line", null, "Salary, line", null)]
    [InlineData("Salary, line 1234567", null, "Salary, line 1234567", null)]
    [InlineData("Pay, Benefits, line 2", null, "Pay, Benefits", 2)]
    [InlineData("a > line 4, line 5", "a", "line 4", 5)]
    public void A_source_splits_into_its_document_section_and_line(string value, string? document, string section, int? line)
    {
        Assert.Equal((document, section, line), SourceField.Split(value));
    }
}
