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

    // A line number is written in ASCII digits; others ("line ٣", "line ３") are part of the section's title, which the
    // check then reports as a section the document does not have, rather than failing to read the file.
    [Theory]
    [InlineData("Salary, line \u0663")]
    [InlineData("sources/hit.txt > Salary, line \uFF13")]
    [InlineData("Salary, line 1\u0662")]
    public void A_line_number_in_digits_other_than_ASCII_is_read_as_part_of_the_section(string value)
    {
        var (_, section, line) = SourceField.Split(value);

        Assert.Null(line);
        Assert.EndsWith(value[(value.LastIndexOf(',') + 1)..].Trim(), section, StringComparison.Ordinal);
    }
}
