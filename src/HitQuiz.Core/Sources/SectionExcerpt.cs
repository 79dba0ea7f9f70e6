namespace HitQuiz.Sources;

/// <summary>
/// A section as the learner reads it in an explanation: its title, its text (content blocks separated by blank
/// lines, list items as "• item", table rows as "Key: Value", no headings or boilerplate) and the evidence to
/// highlight in that text.
/// </summary>
public sealed record SectionExcerpt(string Title, string Text, IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>
    /// Renders the section and highlights the evidence; without evidence text, highlights the block that holds
    /// <paramref name="line"/>. Never throws: evidence that cannot be found is simply not highlighted.
    /// </summary>
    public static SectionExcerpt Render(Section section, string? evidence, int? line)
    {
        var parts = new List<(Block Block, int Start, string Text)>();
        var joined = new System.Text.StringBuilder();
        Block? previous = null;
        foreach (var block in section.Content.Where(b => b.Kind is not (BlockKind.Heading or BlockKind.Title or BlockKind.Caption)))
        {
            if (previous is not null)
            {
                joined.Append(previous.Kind == block.Kind && IsRow(block) ? "\n" : "\n\n");
            }

            parts.Add((block, joined.Length, Display(block)));
            joined.Append(parts[^1].Text);
            previous = block;
        }

        return Highlight(section.Title, joined.ToString(), parts, evidence, line);
    }

    private static SectionExcerpt Highlight(
        string title, string joined, List<(Block Block, int Start, string Text)> parts, string? evidence, int? line)
    {
        var highlights = EvidenceLocator.Find(joined, evidence);
        if (highlights.Count == 0 && string.IsNullOrWhiteSpace(evidence) && line is int at)
        {
            highlights = parts.Where(p => p.Block.Contains(at)).Select(p => LineSpan(p.Block, p.Start, p.Text)).ToList();
        }

        return new SectionExcerpt(title, joined, highlights);
    }

    private static bool IsRow(Block block) => block.Kind is BlockKind.ListItem or BlockKind.TableRow;

    private static string Display(Block block) => block.Kind switch
    {
        BlockKind.ListItem => "• " + block.Text,
        BlockKind.TableRow when !string.IsNullOrEmpty(block.Key) => $"{block.Key}: {block.Value}",
        _ => block.Text,
    };

    // The whole block minus any list bullet: a block's lines are joined, so its sentences are the line's sentences.
    private static TextSpan LineSpan(Block block, int start, string text) =>
        block.Kind == BlockKind.ListItem ? new TextSpan(start + 2, text.Length - 2) : new TextSpan(start, text.Length);
}
