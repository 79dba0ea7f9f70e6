using HitQuiz.Sources;

namespace HitQuiz.Generation;

/// <summary>
/// The content of a parsed source as the generator reads it: sentences of paragraphs (boilerplate removed),
/// table rows and bullet lists, each with the section that actually contains it.
/// </summary>
internal sealed class DocumentView
{
    private static readonly string[] Bullets = ["•", "- ", "* ", "– ", "·"];

    public DocumentView(SourceDocument document)
    {
        Document = document;
        Articles = new Articles(document);
        // Each section is read on its own (a list's lead-in is in its own section), so sections share out among the cores.
        foreach (var part in InOrder.Select(document.Sections, Read))
        {
            Sentences.AddRange(part.Sentences);
            Rows.AddRange(part.Rows);
            Lists.AddRange(part.Lists);
        }
    }

    public SourceDocument Document { get; }

    public Articles Articles { get; }

    public List<SourceSentence> Sentences { get; } = [];

    public List<SourceRow> Rows { get; } = [];

    public List<SourceList> Lists { get; } = [];

    // What one section holds: its sentences, table rows and bullet lists, in order.
    private sealed record Part(List<SourceSentence> Sentences, List<SourceRow> Rows, List<SourceList> Lists);

    private static Part Read(Section section)
    {
        var part = new Part([], [], []);
        var items = new List<(string Text, int Line)>();
        SourceSentence? leadIn = null;
        foreach (var block in section.Content)
        {
            if (BulletText(block) is { } item)
            {
                items.Add((item, block.FirstLine));
                continue;
            }

            Flush(part, section, items, ref leadIn);
            if (block.Kind == BlockKind.TableRow)
            {
                AddRow(part, section, block);
            }
            else if (block.Kind == BlockKind.Paragraph)
            {
                leadIn = AddParagraph(part, section, block);
            }
        }

        Flush(part, section, items, ref leadIn);
        return part;
    }

    private static string? BulletText(Block block)
    {
        if (block.Kind == BlockKind.ListItem)
        {
            return StripBullet(block.Text);
        }

        var text = block.Text.TrimStart();
        return block.Kind == BlockKind.Paragraph && Bullets.Any(b => text.StartsWith(b, StringComparison.Ordinal)) ? StripBullet(text) : null;
    }

    private static string StripBullet(string text) => text.Trim().TrimStart('•', '-', '*', '–', '·').Trim();

    private static void Flush(Part part, Section section, List<(string Text, int Line)> items, ref SourceSentence? leadIn)
    {
        if (items.Count >= 2)
        {
            var lead = leadIn is { } l && l.Text.EndsWith(':') ? l : null;
            part.Lists.Add(new SourceList(lead, section.Title, items.Select(i => i.Text).ToList(), items[0].Line, items[^1].Line));
        }

        items.Clear();
        leadIn = null;
    }

    private static void AddRow(Part part, Section section, Block block)
    {
        var key = block.Key?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        foreach (var (column, cell) in block.Columns ?? [])
        {
            part.Rows.Add(new SourceRow($"{column} for {key}", cell, section.Title, block.FirstLine, block.Text.Trim(), column));
        }

        // "|" separates a cloze's accepted answers: a value holding one is several cells run together, not one answer.
        var value = block.Value?.Trim();
        if (string.IsNullOrEmpty(value) || value.Contains('|', StringComparison.Ordinal))
        {
            return;
        }

        part.Rows.Add(new SourceRow(key, value, section.Title, block.FirstLine, block.Text.Trim()));
    }

    private static SourceSentence? AddParagraph(Part part, Section section, Block block)
    {
        SourceSentence? last = null;
        foreach (var (text, start, _) in SentenceSplitter.Split(block.Text))
        {
            // The parsers have taken page furniture out of paragraphs already (Boilerplate.Apply); what is left to
            // drop here is what only generation must not ask about.
            if (BoilerplateText.IsBoilerplate(text))
            {
                continue;
            }

            var line = block.FirstLine + block.Text.AsSpan(0, start).Count('\n');
            last = new SourceSentence(text, section.Title, line);
            part.Sentences.Add(last);
        }

        return last;
    }
}
