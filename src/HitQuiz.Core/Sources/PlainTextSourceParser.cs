namespace HitQuiz.Sources;

/// <summary>Parses a plain-text source document into sections, detecting headings from the text's shape.</summary>
public static class PlainTextSourceParser
{
    // Placeholder shape: one section holding every non-empty line as a paragraph.
    public static SourceDocument Parse(string name, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = lines
            .Select((line, i) => new Block(BlockKind.Paragraph, line.Trim(), i + 1, i + 1))
            .Where(b => b.Text.Length > 0)
            .ToList();
        var title = blocks.FirstOrDefault()?.Text ?? name;
        return new SourceDocument(name, title, lines, [new Section(0, title, 1, lines.Length, blocks)]);
    }
}
