using HitQuiz.Sources;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Block = HitQuiz.Sources.Block;

namespace HitQuiz.Loading;

/// <summary>
/// Parses a Markdown source document into sections with Markdig: ATX and setext headings start sections;
/// paragraphs, list items (nested lists flattened), block quotes and code become blocks; pipe-table rows with two or
/// more cells become key/value rows (header rows are column labels, not facts, so they are skipped). Text before the
/// first heading forms a front-matter section titled with the document title (the first level-1 heading, or the
/// file name). The same boilerplate rules as plain text apply. Never throws.
/// </summary>
public static class MarkdownSourceParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static SourceDocument Parse(string name, string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = normalised.Split('\n');
        lines = normalised.EndsWith('\n') ? lines[..^1] : lines;
        var markdown = Markdown.Parse(normalised, Pipeline);
        var blocks = new List<Block>();
        Read(markdown, normalised, blocks);
        var title = markdown.Descendants<HeadingBlock>().Where(h => h.Level == 1).Select(MarkdownText.Of).FirstOrDefault()
            ?? Path.GetFileNameWithoutExtension(name);
        var content = blocks.Where(b => b.Text.Length > 0).Select(Boilerplate.Apply).ToList();
        return new SourceDocument(name, title, lines, SectionBuilder.Build(content, title, lines.Length));
    }

    private static void Read(ContainerBlock container, string text, List<Block> blocks)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case HeadingBlock heading:
                    blocks.Add(Make(BlockKind.Heading, MarkdownText.Of(heading), heading, text));
                    break;
                case Table table:
                    ReadTable(table, text, blocks);
                    break;
                case ListItemBlock item:
                    ReadListItem(item, text, blocks);
                    break;
                case ContainerBlock inner:
                    Read(inner, text, blocks);
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(Make(BlockKind.Paragraph, MarkdownText.Of(paragraph), paragraph, text));
                    break;
                case CodeBlock code:
                    blocks.Add(Make(BlockKind.Paragraph, MarkdownText.OfCode(code), code, text));
                    break;
            }
        }
    }

    // The item's own first paragraph is the list item; anything else in it (nested lists, more paragraphs) follows.
    private static void ReadListItem(ListItemBlock item, string text, List<Block> blocks)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                blocks.Add(Make(BlockKind.ListItem, MarkdownText.Of(paragraph), paragraph, text));
            }
            else if (child is ContainerBlock inner)
            {
                Read(inner, text, blocks);
            }
            else if (child is ParagraphBlock more)
            {
                blocks.Add(Make(BlockKind.Paragraph, MarkdownText.Of(more), more, text));
            }

            first = false;
        }
    }

    private static void ReadTable(Table table, string text, List<Block> blocks)
    {
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(MarkdownText.Of).ToList();
            var block = Make(BlockKind.TableRow, string.Join(" | ", cells), row, text);
            blocks.Add(cells.Count >= 2
                ? block with { Key = cells[0], Value = string.Join(" | ", cells.Skip(1)) }
                : block with { Kind = BlockKind.Paragraph });
        }
    }

    private static Block Make(BlockKind kind, string blockText, Markdig.Syntax.Block source, string text)
    {
        var first = source.Line + 1;
        var end = Math.Clamp(source.Span.End, 0, Math.Max(0, text.Length - 1));
        var last = Math.Max(first, first + CountNewlines(text, source.Span.Start, end));
        return new Block(kind, blockText, first, last);
    }

    private static int CountNewlines(string text, int from, int to)
    {
        var count = 0;
        for (var i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            count += text[i] == '\n' ? 1 : 0;
        }

        return count;
    }
}
