namespace HitQuiz.Sources;

/// <summary>
/// A section as the learner reads it in an explanation: its title, its text (content blocks separated by blank
/// lines, except that consecutive list items or table rows stay on consecutive lines; list items as "• item",
/// table rows as "Key: Value"; no headings or boilerplate) and the evidence to highlight in that text.
/// </summary>
public sealed record SectionExcerpt(string Title, string Text, IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>
    /// Renders the section and highlights the evidence. Without evidence text, highlights the sentences of the
    /// block that holds <paramref name="line"/>; given the document's raw lines, only the sentences on that line
    /// of a multi-line block. Never throws: evidence that cannot be found is simply not highlighted.
    /// </summary>
    public static SectionExcerpt Render(
        Section section, string? evidence, int? line, IReadOnlyList<string>? documentLines = null)
    {
        var parts = new List<Part>();
        var joined = new System.Text.StringBuilder();
        Block? previous = null;
        foreach (var block in section.Content.Where(b => b.Kind is not (BlockKind.Heading or BlockKind.Title or BlockKind.Caption)))
        {
            if (previous is not null)
            {
                joined.Append(previous.Kind == block.Kind && IsRow(block) ? "\n" : "\n\n");
            }

            parts.Add(new Part(block, joined.Length, Display(block)));
            joined.Append(parts[^1].Text);
            previous = block;
        }

        var text = joined.ToString();
        var highlights = string.IsNullOrWhiteSpace(evidence) && line is int at
            ? parts.Where(p => p.Block.Contains(at)).SelectMany(p => LineSpans(p, at, documentLines)).ToList()
            : EvidenceSpans(text, parts, evidence);
        return new SectionExcerpt(section.Title, text, highlights);
    }

    // Evidence is usually a sentence of the shown text; a table row or list item may also be quoted as written
    // in the source ("Primary employers Hospitals"), which differs from how it is shown ("Key: Value").
    private static IReadOnlyList<TextSpan> EvidenceSpans(string text, List<Part> parts, string? evidence)
    {
        var found = EvidenceLocator.Find(text, evidence);
        return found.Count > 0
            ? found
            : parts.Where(p => IsRow(p.Block) && EvidenceLocator.Find(p.Block.Text, evidence).Count > 0).Select(Whole).ToList();
    }

    private static TextSpan Whole(Part part)
    {
        var bullet = part.Block.Kind == BlockKind.ListItem ? 2 : 0;
        return new TextSpan(part.Start + bullet, part.Text.Length - bullet);
    }

    // The sentences of the part that overlap the line's own text; the whole part when the line cannot be placed
    // (no raw lines given, a one-line block, or markup in the raw line).
    private static IEnumerable<TextSpan> LineSpans(Part part, int line, IReadOnlyList<string>? documentLines)
    {
        var whole = Whole(part);
        var raw = documentLines is not null && line >= 1 && line <= documentLines.Count ? documentLines[line - 1] : null;
        if (raw is null || part.Block.FirstLine == part.Block.LastLine)
        {
            return [whole];
        }

        var onLine = EvidenceLocator.Find(part.Text, raw.Trim());
        if (onLine.Count != 1)
        {
            return [whole];
        }

        return SentenceSplitter.Split(part.Text)
            .Where(s => s.Start < onLine[0].End && s.Start + s.Length > onLine[0].Start)
            .Select(s => new TextSpan(part.Start + s.Start, s.Length))
            .ToList();
    }

    private static bool IsRow(Block block) => block.Kind is BlockKind.ListItem or BlockKind.TableRow;

    private static string Display(Block block) => block.Kind switch
    {
        BlockKind.ListItem => "• " + block.Text,
        BlockKind.TableRow when !string.IsNullOrEmpty(block.Key) && !string.IsNullOrEmpty(block.Value) => $"{block.Key}: {block.Value}",
        _ => block.Text,
    };

    private sealed record Part(Block Block, int Start, string Text);
}
