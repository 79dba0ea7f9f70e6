using HitQuiz.Core.Tests.Generation;
using HitQuiz.Generation;
using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

public sealed class PlainTextSourceParserTests
{
    [Fact]
    public void The_shipped_article_has_these_sections_with_these_line_ranges()
    {
        var sections = ShippedArticle.Document.Sections.Select(s => (s.Title, s.FirstLine, s.LastLine));

        Assert.Equal(
            [
                ("How To Become A Health Information Technician", 1, 6),
                ("Health Information Technicians: A Quick Look", 7, 15),
                ("What Does A Health Information Technician Do?", 16, 22),
                ("Becoming A Health Information Technician", 23, 27),
                ("Job Outlook", 28, 31),
                ("Health Information Technician Salary", 32, 35),
                ("How To Become A Health Information Technician", 36, 37),
                ("How Long Does It Take To Become A Health Information Technician?", 38, 41),
                ("Educational Requirements", 42, 51),
                ("Health information technician job description", 52, 68),
                ("Alternative Job Titles", 69, 80),
                ("Job Outlook", 81, 84),
                ("Leave a Reply", 85, 87),
            ],
            sections);
    }

    [Fact]
    public void Sections_are_indexed_in_order()
    {
        Assert.Equal(Enumerable.Range(0, 13), ShippedArticle.Document.Sections.Select(s => s.Index));
    }

    [Fact]
    public void The_title_is_the_first_line_and_its_repeat_and_caption_are_front_matter_blocks()
    {
        var front = ShippedArticle.Document.Sections[0];

        Assert.Equal("How To Become A Health Information Technician", ShippedArticle.Document.Title);
        Assert.Equal(
            [(BlockKind.Title, 1), (BlockKind.Title, 3), (BlockKind.Caption, 5)],
            front.Blocks.Select(b => (b.Kind, b.FirstLine)));
    }

    [Fact]
    public void The_quick_look_section_has_seven_table_rows()
    {
        var rows = ShippedArticle.Section("Health Information Technicians: A Quick Look").Blocks
            .Where(b => b.Kind == BlockKind.TableRow).ToList();

        Assert.Equal(7, rows.Count);
        Assert.Equal(Enumerable.Range(8, 7), rows.Select(r => r.FirstLine));
        Assert.Equal(("Median Salary", "$39,340 per annum"), (rows[0].Key, rows[0].Value));
    }

    [Fact]
    public void Read_more_appears_in_no_block_text()
    {
        var texts = ShippedArticle.Document.Sections.SelectMany(s => s.Content).Select(b => b.Text);

        Assert.DoesNotContain(texts, t => t.Contains("Read more", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_ending_with_read_more_keeps_its_kind_and_loses_only_that_sentence()
    {
        var paragraph = ShippedArticle.Document.Sections[4].Blocks[1];

        Assert.Equal(BlockKind.Paragraph, paragraph.Kind);
        Assert.EndsWith("complexity of health IT systems.", paragraph.Text, StringComparison.Ordinal);
        Assert.EndsWith("Read more.", ShippedArticle.Document.Lines[29], StringComparison.Ordinal);
    }

    [Fact]
    public void The_schools_advert_is_removed_from_the_educational_requirements_text()
    {
        var paragraph = ShippedArticle.Section("Educational Requirements").Blocks[1];

        Assert.EndsWith("methods of reimbursement, liability, and ethics.", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_leave_a_reply_section_is_wholly_boilerplate()
    {
        var section = ShippedArticle.Section("Leave a Reply");

        Assert.Equal([85, 87], section.Blocks.Select(b => b.FirstLine));
        Assert.All(section.Blocks, b => Assert.Equal(BlockKind.Boilerplate, b.Kind));
        Assert.Empty(section.Content);
    }

    [Fact]
    public void The_list_lead_in_ending_with_a_colon_is_a_paragraph_followed_by_ten_list_items()
    {
        var blocks = ShippedArticle.Section("Health information technician job description").Blocks;

        Assert.Equal((BlockKind.Paragraph, 57), (blocks[2].Kind, blocks[2].FirstLine));
        Assert.Equal(10, blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Equal("Collect and organize accurate patient records", blocks[3].Text);
    }

    [Fact]
    public void The_alternative_job_titles_list_has_eight_items_without_bullets()
    {
        var items = ShippedArticle.Section("Alternative Job Titles").Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(8, items.Count);
        Assert.Equal("(Electronic) medical records technician", items[0].Text);
    }

    [Fact]
    public void The_document_keeps_its_raw_lines()
    {
        Assert.Equal(87, ShippedArticle.Document.Lines.Count);
        Assert.Equal("Job Outlook", ShippedArticle.Document.Lines[27]);
    }

    [Theory]
    [InlineData("Alternative Job Titles")]
    [InlineData("Health information technician job description")]
    [InlineData("What Does It Do?")]
    [InlineData("Quick Facts")]
    public void A_short_line_on_its_own_is_a_heading(string line)
    {
        var document = PlainTextSourceParser.Parse("t.txt", $"Title\n\nIntro text here.\n\n{line}\n\nBody text.");

        Assert.Equal(line, document.Sections[^1].Title);
    }

    [Theory]
    [InlineData("On a given shift, a technician may:")]
    [InlineData("This is a short sentence.")]
    [InlineData("lowercase words on their own")]
    [InlineData("• A bullet")]
    [InlineData("Read more.")]
    [InlineData("Home")]
    public void A_line_that_reads_as_a_sentence_or_furniture_is_not_a_heading(string line)
    {
        var document = PlainTextSourceParser.Parse("t.txt", $"Title\n\nIntro text here.\n\n{line}\n\nBody text.");

        Assert.Single(document.Sections);
    }

    [Theory]
    [InlineData("• Item")]
    [InlineData("- Item")]
    [InlineData("* Item")]
    [InlineData("1. Item")]
    [InlineData("2) Item")]
    public void Bullets_become_list_items_without_the_bullet(string line)
    {
        var document = PlainTextSourceParser.Parse("t.txt", $"Title\n\nThe list:\n{line}");

        var item = document.Sections[0].Blocks[^1];
        Assert.Equal((BlockKind.ListItem, "Item", 4), (item.Kind, item.Text, item.FirstLine));
    }

    [Fact]
    public void Consecutive_lines_join_into_one_paragraph_spanning_them()
    {
        var document = PlainTextSourceParser.Parse("t.txt", "Title\n\nFirst line of text\ncontinues here.\n\nNext.");

        var paragraph = document.Sections[0].Blocks[1];
        Assert.Equal(("First line of text continues here.", 3, 4), (paragraph.Text, paragraph.FirstLine, paragraph.LastLine));
    }

    [Fact]
    public void Rows_directly_under_a_quick_facts_heading_are_table_rows()
    {
        var document = PlainTextSourceParser.Parse("t.txt", "Title\n\nQuick Facts\n2023 Median Pay $48,780 per year\nNumber of Jobs, 2022 186,400\n");

        var rows = document.Sections[^1].Blocks.Skip(1).ToList();
        Assert.Equal(["2023 Median Pay", "Number of Jobs, 2022"], rows.Select(r => r.Key));
        Assert.All(rows, r => Assert.Equal(BlockKind.TableRow, r.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("•\n:\n.\n?")]
    [InlineData("\r\nTitle\r\n\r\nHeading\r\n\r\ntext\r\n")]
    public void Odd_input_parses_without_throwing(string text)
    {
        var document = PlainTextSourceParser.Parse("t.txt", text);

        Assert.NotNull(document.Title);
    }

    [Fact]
    public void A_paragraph_of_hundreds_of_lines_far_into_a_long_document_is_one_block()
    {
        // Thousands of lines before it, so the document is read in ranges on several threads; a range never cuts a block.
        var before = string.Join("\n\n", Enumerable.Range(0, 2_000).Select(i => $"Sentence number {i} of the text."));
        var paragraph = string.Join("\n", Enumerable.Range(0, 300).Select(i => $"line {i} of one paragraph"));
        var document = PlainTextSourceParser.Parse("t.txt", $"Title\n\n{before}\n\n{paragraph}\n\nAfter it.\n");

        var blocks = document.Sections.SelectMany(s => s.Blocks).ToList();
        var first = 2 + (2 * 2_000) + 1;
        var lines = Assert.Single(blocks, b => b.Text.StartsWith("line 0 ", StringComparison.Ordinal));
        Assert.Equal((BlockKind.Paragraph, first, first + 299), (lines.Kind, lines.FirstLine, lines.LastLine));
        Assert.EndsWith("line 299 of one paragraph", lines.Text, StringComparison.Ordinal);
        Assert.Equal(2_000 + 3, blocks.Count);
        Assert.All(blocks.Zip(blocks.Skip(1)), pair => Assert.True(pair.Second.FirstLine > pair.First.LastLine));
    }

    [Fact]
    public void A_long_document_gives_the_same_blocks_on_one_core_as_on_all_of_them()
    {
        // Thousands of lines: read in ranges shared among the cores.
        var text = string.Join("\n\n", Enumerable.Range(0, 30).Select(i => TestSources.ShippedText.Replace("Quick Look", $"Quick Look ({i})", StringComparison.Ordinal)));
        var allCores = Describe(PlainTextSourceParser.Parse("t.txt", text));

        AppContext.SetSwitch(QuestionGenerator.OneCoreSwitch, true);
        try
        {
            Assert.Equal(allCores, Describe(PlainTextSourceParser.Parse("t.txt", text)));
            Assert.True(allCores.Count > 1_000);
        }
        finally
        {
            AppContext.SetSwitch(QuestionGenerator.OneCoreSwitch, false);
        }
    }

    private static List<string> Describe(SourceDocument document) =>
        [.. document.Sections.SelectMany(s => s.Blocks.Select(b => $"{s.Index} {s.Title} | {b.Kind} {b.FirstLine}-{b.LastLine} {b.Key}={b.Value} {b.Text}"))];
}
