using HitQuiz.Loading;
using HitQuiz.Sources;

namespace HitQuiz.Tests.Loading;

public sealed class MarkdownSourceParserTests
{
    private const string Article = """
        # Health Information Technicians

        Intro with a [link to AHIMA](https://ahima.org) and *emphasis*.

        ## Quick Facts

        | Fact | Value |
        |------|-------|
        | Median Salary | $39,340 per annum |
        | Primary employers | Hospitals |

        Job Outlook
        -----------

        Jobs will grow by **21 percent**. Read more.

        - Collect `ICD` codes
          - Nested item
        - Protect records

        ## Leave a Reply

        Your email address will not be published.
        """;

    private static SourceDocument Document => MarkdownSourceParser.Parse("sources/hit.md", Article);

    [Fact]
    public void Headings_start_sections_with_their_lines()
    {
        Assert.Equal(
            [("Health Information Technicians", 1, 4), ("Quick Facts", 5, 11), ("Job Outlook", 12, 20), ("Leave a Reply", 21, 23)],
            Document.Sections.Select(s => (s.Title, s.FirstLine, s.LastLine)));
    }

    [Fact]
    public void The_title_is_the_first_level_one_heading()
    {
        Assert.Equal("Health Information Technicians", Document.Title);
    }

    [Fact]
    public void Inline_markup_is_reduced_to_plain_text()
    {
        var paragraph = Document.Sections[0].Blocks[1];

        Assert.Equal((BlockKind.Paragraph, "Intro with a link to AHIMA and emphasis.", 3), (paragraph.Kind, paragraph.Text, paragraph.FirstLine));
    }

    [Fact]
    public void Pipe_table_rows_become_key_value_rows_without_the_header()
    {
        var rows = Document.Sections[1].Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();

        Assert.Equal(
            [("Median Salary", "$39,340 per annum", 9), ("Primary employers", "Hospitals", 10)],
            rows.Select(r => (r.Key, r.Value, r.FirstLine)));
    }

    [Fact]
    public void Nested_list_items_are_flattened_and_code_is_kept()
    {
        var items = Document.Sections[2].Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Text, b.FirstLine));

        Assert.Equal([("Collect ICD codes", 17), ("Nested item", 18), ("Protect records", 19)], items);
    }

    [Fact]
    public void Boilerplate_sentences_are_removed_and_the_reply_section_is_boilerplate()
    {
        Assert.Equal("Jobs will grow by 21 percent.", Document.Sections[2].Blocks[1].Text);
        Assert.Empty(Document.Sections[3].Content);
    }

    [Fact]
    public void Text_before_any_heading_goes_in_a_section_named_after_the_file()
    {
        var document = MarkdownSourceParser.Parse("sources/notes.md", "Some notes.\n\n## Part\n\nMore.");

        Assert.Equal(("notes", 1, 2), (document.Sections[0].Title, document.Sections[0].FirstLine, document.Sections[0].LastLine));
    }

    [Fact]
    public void A_multi_line_paragraph_spans_its_lines()
    {
        var document = MarkdownSourceParser.Parse("n.md", "# T\n\nOne line\nand another.\n");

        var paragraph = document.Sections[0].Blocks[1];
        Assert.Equal(("One line and another.", 3, 4), (paragraph.Text, paragraph.FirstLine, paragraph.LastLine));
    }

    [Theory]
    [InlineData("")]
    [InlineData("|")]
    [InlineData("# \n\n---\n\n<div>x</div>")]
    public void Odd_markdown_parses_without_throwing(string text)
    {
        Assert.NotNull(MarkdownSourceParser.Parse("n.md", text).Title);
    }

    [Theory]
    [InlineData("# Title\n\n```\n")]
    [InlineData("```")]
    [InlineData("# Title\n\n~~~\n~~~\n")]
    [InlineData("> ```\n")]
    public void An_empty_fenced_code_block_is_read_without_a_crash(string text)
    {
        var document = MarkdownSourceParser.Parse("empty-code.md", text);

        Assert.Equal("empty-code.md", document.Name);
        Assert.DoesNotContain(document.Sections.SelectMany(s => s.Blocks), b => b.Text.Contains('`', StringComparison.Ordinal));
    }
}
