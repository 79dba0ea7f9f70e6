namespace HitQuiz.Sources;

/// <summary>
/// Parses a plain-text source document (typically an article copied from a web page) into sections, detecting
/// headings, key/value tables, bullet lists and boilerplate from the text's shape. Never throws.
/// </summary>
/// <remarks>
/// The title is the first non-empty line. Before the first heading, lines repeating the title become
/// <see cref="BlockKind.Title"/> blocks and a lone lowercase line (an image caption) a <see cref="BlockKind.Caption"/>
/// block; they live in a front-matter section titled with the document title (see <see cref="SectionBuilder"/>).
/// </remarks>
public static class PlainTextSourceParser
{
    public static SourceDocument Parse(string name, string text)
    {
        var lines = SplitLines(text);
        var title = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? name;
        // Each block is judged on its own, and a large document has tens of thousands.
        List<Block> blocks = [.. InOrder.Select(ReadBlocks(lines, title), Boilerplate.Apply)];
        return new SourceDocument(name, title, lines, SectionBuilder.Build(blocks, title, lines.Length));
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static List<Block> ReadBlocks(string[] lines, string title)
    {
        var blocks = new List<Block>();
        var frontMatter = true;
        var i = 0;
        while (i < lines.Length)
        {
            if (LineShapes.IsBlank(lines, i))
            {
                i++;
            }
            else if (frontMatter && TryFrontMatter(lines, i, title, blocks))
            {
                i++;
            }
            else
            {
                i = ReadContent(lines, i, blocks);
                frontMatter = false;
            }
        }

        return blocks;
    }

    private static bool TryFrontMatter(string[] lines, int i, string title, List<Block> blocks)
    {
        var line = lines[i].Trim();
        if (line == title)
        {
            blocks.Add(new Block(BlockKind.Title, line, i + 1, i + 1));
            return true;
        }

        var isCaption = char.IsLower(line[0]) && LineShapes.IsIsolated(lines, i) && LineShapes.IsShort(line)
            && !LineShapes.TryBullet(lines[i], out _) && blocks.Count > 0 && blocks[^1].Kind == BlockKind.Title;
        if (isCaption)
        {
            blocks.Add(new Block(BlockKind.Caption, line, i + 1, i + 1));
        }

        return isCaption;
    }

    // Reads the block starting at line i (0-based) and returns the index of the next unread line.
    private static int ReadContent(string[] lines, int i, List<Block> blocks)
    {
        if (LineShapes.TryBullet(lines[i], out var item))
        {
            blocks.Add(new Block(BlockKind.ListItem, item, i + 1, i + 1));
            return i + 1;
        }

        if (LineShapes.IsHeading(lines, i, out var tableEnd))
        {
            blocks.Add(new Block(BlockKind.Heading, lines[i].Trim(), i + 1, i + 1));
            for (var row = i + 1; row <= tableEnd; row++)
            {
                blocks.Add(TableRow(lines[row], row + 1));
            }

            return tableEnd + 1;
        }

        var last = i;
        while (last + 1 < lines.Length && !LineShapes.IsBlank(lines, last + 1) && !LineShapes.TryBullet(lines[last + 1], out _))
        {
            last++;
        }

        // Most paragraphs are one line (an article copied from a web page): its trimmed text is the paragraph's.
        var text = last == i ? lines[i].Trim() : string.Join(' ', lines[i..(last + 1)].Select(l => l.Trim()));
        blocks.Add(new Block(BlockKind.Paragraph, text, i + 1, last + 1));
        return last + 1;
    }

    private static Block TableRow(string line, int number)
    {
        TableRowSplitter.TrySplit(line, out var key, out var value);
        return new Block(BlockKind.TableRow, line.Trim(), number, number) { Key = key, Value = value };
    }
}
