using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

public sealed class TableRowSplitterTests
{
    [Theory]
    [InlineData("Median Salary $39,340 per annum", "Median Salary", "$39,340 per annum")]
    [InlineData("Entry-level education Certificate/Diploma", "Entry-level education", "Certificate/Diploma")]
    [InlineData("On-the-job training No", "On-the-job training", "No")]
    [InlineData("Primary employers Hospitals", "Primary employers", "Hospitals")]
    [InlineData("Number of positions (U.S.) 179,500", "Number of positions (U.S.)", "179,500")]
    [InlineData("Job Growth (2010-2020) 21% (Faster than national average)", "Job Growth (2010-2020)", "21% (Faster than national average)")]
    [InlineData("New positions (2010-2020) +37,700", "New positions (2010-2020)", "+37,700")]
    [InlineData("2023 Median Pay $48,780 per year", "2023 Median Pay", "$48,780 per year")]
    [InlineData("Typical Entry-Level Education Postsecondary nondegree award", "Typical Entry-Level Education", "Postsecondary nondegree award")]
    [InlineData("Work Experience in a Related Occupation None", "Work Experience in a Related Occupation", "None")]
    [InlineData("Number of Jobs, 2022 186,400", "Number of Jobs, 2022", "186,400")]
    [InlineData("Job Outlook, 2022-32 8% (Faster than average)", "Job Outlook, 2022-32", "8% (Faster than average)")]
    [InlineData("Employment Change, 2022-32 15,000", "Employment Change, 2022-32", "15,000")]
    [InlineData("Median Salary\t$39,340", "Median Salary", "$39,340")]
    [InlineData("Median Salary | $39,340", "Median Salary", "$39,340")]
    [InlineData("Median Salary: $39,340", "Median Salary", "$39,340")]
    public void A_table_row_splits_into_key_and_value(string line, string key, string value)
    {
        Assert.True(TableRowSplitter.TrySplit(line, out var k, out var v));
        Assert.Equal((key, value), (k, v));
    }

    [Theory]
    [InlineData("Health Information Technicians")]
    [InlineData("Salary")]
    [InlineData("")]
    public void A_line_with_no_value_does_not_split(string line)
    {
        Assert.False(TableRowSplitter.TrySplit(line, out _, out _));
    }
}
