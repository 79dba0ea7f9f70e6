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
    // At least this many lines per range (a range ends after a blank line): ranges are handed to the cores a hundred or
    // so at a time, so a document of a few thousand lines is shared and a small one read on one thread.
    private const int RangeLines = 32;

    public static SourceDocument Parse(string name, string text)
    {
        var lines = SplitLines(text);
        var title = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? name;
        var blocks = new List<Block>();
        var next = ReadFrontMatter(lines, title, blocks);
        // After the front matter every block ends before a blank line and is read from its own lines alone, so the
        // rest is read in ranges that each start after a blank line, side by side, with the same blocks as one pass.
        // Each block is also judged on its own (boilerplate), and a large document has tens of thousands.
        blocks.AddRange(InOrder.SelectMany(Ranges(lines, next), range => ReadRange(lines, range.Start, range.End)));
        return new SourceDocument(name, title, lines, SectionBuilder.Build(blocks, title, lines.Length));
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    // Reads blank lines and front matter (title repeats, a caption) up to and including the first content block, each
    // block with its boilerplate judged; returns the index of the next unread line.
    private static int ReadFrontMatter(string[] lines, string title, List<Block> blocks)
    {
        var i = 0;
        while (i < lines.Length && (LineShapes.IsBlank(lines, i) || TryFrontMatter(lines, i, title, blocks)))
        {
            i++;
        }

        if (i < lines.Length)
        {
            i = ReadContent(lines, i, blocks);
        }

        JudgeBoilerplate(blocks);
        return i;
    }

    // Consecutive ranges covering the lines from start to the end, each but the first starting just after a blank line.
    private static List<(int Start, int End)> Ranges(string[] lines, int start)
    {
        var ranges = new List<(int Start, int End)>();
        while (start < lines.Length)
        {
            var end = Math.Min(start + RangeLines, lines.Length);
            while (end < lines.Length && !LineShapes.IsBlank(lines, end - 1))
            {
                end++;
            }

            ranges.Add((start, end));
            start = end;
        }

        return ranges;
    }

    // The blocks starting in lines start..end (past the front matter), each with its boilerplate judged.
    private static List<Block> ReadRange(string[] lines, int start, int end)
    {
        var blocks = new List<Block>();
        var i = start;
        while (i < end)
        {
            i = LineShapes.IsBlank(lines, i) ? i + 1 : ReadContent(lines, i, blocks);
        }

        JudgeBoilerplate(blocks);
        return blocks;
    }

    private static void JudgeBoilerplate(List<Block> blocks)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            blocks[b] = Boilerplate.Apply(blocks[b]);
        }
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
