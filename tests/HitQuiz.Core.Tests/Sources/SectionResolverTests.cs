using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

public sealed class SectionResolverTests
{
    private static SourceDocument Document => ShippedArticle.Document;

    [Theory]
    [InlineData("Educational Requirements")]
    [InlineData("educational   requirements")]
    [InlineData(" EDUCATIONAL REQUIREMENTS: ")]
    public void A_title_resolves_ignoring_case_spacing_and_trailing_colon(string title)
    {
        Assert.Equal(42, SectionResolver.Resolve(Document, title).Section?.FirstLine);
    }

    [Fact]
    public void A_trailing_question_mark_is_optional()
    {
        Assert.Equal(16, SectionResolver.Resolve(Document, "What does a health information technician do").Section?.FirstLine);
    }

    [Fact]
    public void Curly_and_straight_apostrophes_match()
    {
        var document = PlainTextSourceParser.Parse("t.txt", "Title\n\nText.\n\nWhat’s New\n\nBody.");

        Assert.NotNull(SectionResolver.Resolve(document, "What's new").Section);
    }

    [Theory]
    [InlineData(28, 28)]
    [InlineData(30, 28)]
    [InlineData(83, 81)]
    public void The_line_chooses_among_sections_sharing_a_title(int line, int expectedFirstLine)
    {
        Assert.Equal(expectedFirstLine, SectionResolver.Resolve(Document, "Job Outlook", line).Section?.FirstLine);
    }

    [Fact]
    public void A_shared_title_without_a_line_is_ambiguous()
    {
        var lookup = SectionResolver.Resolve(Document, "Job Outlook");

        Assert.Null(lookup.Section);
        Assert.Equal(
            $"\"Job Outlook\" is ambiguous in {ShippedArticle.Name}: sections at lines 28 and 81; add \", line N\"",
            lookup.Error);
    }

    [Fact]
    public void A_line_outside_the_section_is_an_error()
    {
        Assert.Equal(
            $"line 60 is not in section \"Educational Requirements\" of {ShippedArticle.Name} (lines 42-51)",
            SectionResolver.Resolve(Document, "Educational Requirements", 60).Error);
    }

    [Fact]
    public void A_line_outside_every_section_of_a_shared_title_names_them_all()
    {
        Assert.Equal(
            $"line 50 is not in section \"Job Outlook\" of {ShippedArticle.Name} (sections at lines 28-31 and 81-84)",
            SectionResolver.Resolve(Document, "Job Outlook", 50).Error);
    }

    [Fact]
    public void A_misspelt_title_suggests_the_closest_one()
    {
        Assert.Equal(
            $"no section \"Job Outlok\" in {ShippedArticle.Name}; did you mean \"Job Outlook\"?",
            SectionResolver.Resolve(Document, "Job Outlok").Error);
    }

    [Fact]
    public void A_partial_title_suggests_the_title_containing_it()
    {
        Assert.Equal(
            $"no section \"Salary\" in {ShippedArticle.Name}; did you mean \"Health Information Technician Salary\"?",
            SectionResolver.Resolve(Document, "Salary").Error);
    }

    [Fact]
    public void A_title_like_nothing_in_the_document_gets_no_suggestion()
    {
        Assert.Equal($"no section \"Zzzz\" in {ShippedArticle.Name}", SectionResolver.Resolve(Document, "Zzzz").Error);
    }

    [Fact]
    public void The_document_title_names_the_front_matter_and_the_repeated_title_section()
    {
        Assert.Equal(
            $"\"How To Become A Health Information Technician\" is ambiguous in {ShippedArticle.Name}: sections at lines 1 and 36; add \", line N\"",
            SectionResolver.Resolve(Document, "How to become a health information technician").Error);
        Assert.Equal(0, SectionResolver.Resolve(Document, "How To Become A Health Information Technician", 3).Section?.Index);
    }
}
