using HitQuiz.Sources;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Block = HitQuiz.Sources.Block;

namespace HitQuiz.Loading;

/// <summary>
/// Parses a Markdown source document into sections with Markdig: ATX and setext headings start sections;
/// paragraphs, list items (nested lists flattened), block quotes and code become blocks; pipe-table rows with two
/// cells become key/value rows, rows with more cells a key and one value per column named by its header cell (header rows
/// are column labels, not facts, so they are not rows themselves). Text before the
/// first heading forms a front-matter section titled with the document title (the first level-1 heading, or the
/// file name). The same boilerplate rules as plain text apply. Never throws.
/// </summary>
public static class MarkdownSourceParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Parses Markdown; input nested too deeply for Markdig is read as plain text instead.</summary>
    public static SourceDocument Parse(string name, string text) => ParseOrFallBack(name, text).Document;

    /// <summary>As <see cref="Parse"/>, also saying why the text was read as plain text, if it was.</summary>
    public static (SourceDocument Document, string? Problem) ParseOrFallBack(string name, string text)
    {
        try
        {
            return (ParseMarkdown(name, text), null);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return (PlainTextSourceParser.Parse(name, text), "Markdown nested too deeply to read as Markdown; read as plain text.");
        }
    }

    private static SourceDocument ParseMarkdown(string name, string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = normalised.Split('\n');
        lines = normalised.EndsWith('\n') ? lines[..^1] : lines;
        var markdown = Markdown.Parse(normalised, Pipeline);
        var blocks = new List<Block>();
        Read(markdown, LineStarts(normalised), blocks);
        var title = markdown.Descendants<HeadingBlock>().Where(h => h.Level == 1).Select(MarkdownText.Of).FirstOrDefault()
            ?? Path.GetFileNameWithoutExtension(name);
        var content = blocks.Where(b => b.Text.Length > 0).Select(Boilerplate.Apply).ToList();
        return new SourceDocument(name, title, lines, SectionBuilder.Build(content, title, lines.Length));
    }

    private static void Read(ContainerBlock container, int[] lineStarts, List<Block> blocks)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case HeadingBlock heading:
                    blocks.Add(Make(BlockKind.Heading, MarkdownText.Of(heading), heading, lineStarts));
                    break;
                case Table table:
                    ReadTable(table, lineStarts, blocks);
                    break;
                case ListItemBlock item:
                    ReadListItem(item, lineStarts, blocks);
                    break;
                case ContainerBlock inner:
                    Read(inner, lineStarts, blocks);
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(Make(BlockKind.Paragraph, MarkdownText.Of(paragraph), paragraph, lineStarts));
                    break;
                case CodeBlock code:
                    blocks.Add(Make(BlockKind.Paragraph, MarkdownText.OfCode(code), code, lineStarts));
                    break;
            }
        }
    }

    // The item's own first paragraph is the list item; anything else in it (nested lists, more paragraphs) follows.
    private static void ReadListItem(ListItemBlock item, int[] lineStarts, List<Block> blocks)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                blocks.Add(Make(BlockKind.ListItem, MarkdownText.Of(paragraph), paragraph, lineStarts));
            }
            else if (child is ContainerBlock inner)
            {
                Read(inner, lineStarts, blocks);
            }
            else if (child is ParagraphBlock more)
            {
                blocks.Add(Make(BlockKind.Paragraph, MarkdownText.Of(more), more, lineStarts));
            }

            first = false;
        }
    }

    // A row of more than two columns gives one value per column, named by its header cell; without a header to
    // name them, or with more value columns than a learner can tell apart, the row states no key/value fact.
    private static void ReadTable(Table table, int[] lineStarts, List<Block> blocks)
    {
        var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader)?.OfType<TableCell>().Select(MarkdownText.Of).ToList() ?? [];
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(MarkdownText.Of).ToList();
            var block = Make(BlockKind.TableRow, string.Join(" | ", cells), row, lineStarts);
            blocks.Add(cells.Count switch
            {
                < 2 => block with { Kind = BlockKind.Paragraph },
                2 => block with { Key = cells[0], Value = cells[1] },
                _ => block with { Key = cells[0], Columns = Columns(header, cells) },
            });
        }
    }

    private const int MostValueColumns = 4;

    private static List<(string Column, string Value)> Columns(List<string> header, List<string> cells)
    {
        if (cells.Count - 1 > MostValueColumns || header.Count < cells.Count || header.Skip(1).Take(cells.Count - 1).Any(string.IsNullOrWhiteSpace))
        {
            return [];
        }

        return Enumerable.Range(1, cells.Count - 1).Where(i => cells[i].Trim().Length > 0).Select(i => (header[i].Trim(), cells[i].Trim())).ToList();
    }

    // Lines come from the block's span rather than Block.Line, which for a setext heading is its underline.
    private static Block Make(BlockKind kind, string blockText, Markdig.Syntax.Block source, int[] lineStarts)
    {
        var first = source.Span.Start >= 0 ? LineOf(lineStarts, source.Span.Start) : source.Line + 1;
        var last = Math.Max(first, LineOf(lineStarts, Math.Max(source.Span.Start, source.Span.End)));
        return new Block(kind, blockText, first, last);
    }

    private static int LineOf(int[] lineStarts, int position)
    {
        var found = Array.BinarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : ~found;
    }

    private static int[] LineStarts(string text) =>
        [0, .. text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1)];
}
