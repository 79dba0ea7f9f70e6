using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

public sealed class SectionExcerptTests
{
    private static Section Salary => ShippedArticle.Section("Health Information Technician Salary");

    private static string Highlighted(SectionExcerpt excerpt) =>
        string.Join(" / ", excerpt.Highlights.Select(h => excerpt.Text.Substring(h.Start, h.Length)));

    [Fact]
    public void The_excerpt_has_the_title_and_text_without_heading_or_boilerplate()
    {
        var excerpt = SectionExcerpt.Render(ShippedArticle.Document.Sections[4], null, null);

        Assert.Equal("Job Outlook", excerpt.Title);
        Assert.StartsWith("The job outlook for health information technicians", excerpt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read more", excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_rows_render_as_key_colon_value_on_consecutive_lines()
    {
        var excerpt = SectionExcerpt.Render(ShippedArticle.Section("Health Information Technicians: A Quick Look"), null, null);

        Assert.StartsWith("Median Salary: $39,340 per annum\nEntry-level education: Certificate/Diploma\n", excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void List_items_render_with_a_bullet_after_their_lead_in()
    {
        var excerpt = SectionExcerpt.Render(ShippedArticle.Section("Alternative Job Titles"), null, null);

        Assert.Contains("ones are:\n\n• (Electronic) medical records technician\n• Reimbursement specialist\n", excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_is_highlighted_where_it_occurs()
    {
        var excerpt = SectionExcerpt.Render(Salary, "A majority of workers receive benefits.", null);

        Assert.Equal("A majority of workers receive benefits.", Highlighted(excerpt));
    }

    [Fact]
    public void Evidence_matches_despite_spacing_quotes_case_and_a_missing_period()
    {
        var section = ShippedArticle.Section("Becoming A Health Information Technician");

        var excerpt = SectionExcerpt.Render(section, "the 2-year  associate's degree", null);

        Assert.Equal("the 2-year associate’s degree.", Highlighted(excerpt));
    }

    [Fact]
    public void A_missing_final_period_still_highlights_the_whole_sentence()
    {
        var excerpt = SectionExcerpt.Render(Salary, "A majority of workers receive benefits", null);

        Assert.Equal("A majority of workers receive benefits.", Highlighted(excerpt));
    }

    [Fact]
    public void Evidence_sentences_in_different_blocks_are_each_highlighted()
    {
        var section = ShippedArticle.Section("Educational Requirements");

        var excerpt = SectionExcerpt.Render(section, "Health information technology certification is available through AHIMA. HITs don't need to be licensed with states, but they must uphold the law in their work.", null);

        Assert.Equal(2, excerpt.Highlights.Count);
    }

    [Fact]
    public void Without_evidence_the_block_on_the_line_is_highlighted()
    {
        var excerpt = SectionExcerpt.Render(ShippedArticle.Section("Alternative Job Titles"), null, 73);

        Assert.Equal("Reimbursement specialist", Highlighted(excerpt));
    }

    [Fact]
    public void Without_evidence_a_line_of_a_multi_line_paragraph_highlights_only_its_sentences()
    {
        var document = PlainTextSourceParser.Parse("t.txt", "Title\n\nFirst sentence. Second\nsentence here. Third one.\n");

        var excerpt = SectionExcerpt.Render(document.Sections[0], null, 4, document.Lines);

        Assert.Equal("Second sentence here. / Third one.", Highlighted(excerpt));
    }

    [Fact]
    public void Evidence_that_is_not_in_the_section_highlights_nothing()
    {
        Assert.Empty(SectionExcerpt.Render(Salary, "Coders wear hats.", 34).Highlights);
    }
}
