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
        foreach (var section in document.Sections)
        {
            Read(section);
        }
    }

    public SourceDocument Document { get; }

    public Articles Articles { get; }

    public List<SourceSentence> Sentences { get; } = [];

    public List<SourceRow> Rows { get; } = [];

    public List<SourceList> Lists { get; } = [];

    private void Read(Section section)
    {
        var items = new List<(string Text, int Line)>();
        SourceSentence? leadIn = null;
        foreach (var block in section.Content)
        {
            if (BulletText(block) is { } item)
            {
                items.Add((item, block.FirstLine));
                continue;
            }

            Flush(section, items, ref leadIn);
            if (block.Kind == BlockKind.TableRow)
            {
                AddRow(section, block);
            }
            else if (block.Kind == BlockKind.Paragraph)
            {
                leadIn = AddParagraph(section, block);
            }
        }

        Flush(section, items, ref leadIn);
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

    private void Flush(Section section, List<(string Text, int Line)> items, ref SourceSentence? leadIn)
    {
        if (items.Count >= 2)
        {
            var lead = leadIn is { } l && l.Text.EndsWith(':') ? l : null;
            Lists.Add(new SourceList(lead, section.Title, items.Select(i => i.Text).ToList(), items[0].Line, items[^1].Line));
        }

        items.Clear();
        leadIn = null;
    }

    private void AddRow(Section section, Block block)
    {
        var key = block.Key?.Trim();
        var value = block.Value?.Trim();
        if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(value))
        {
            return;
        }

        Rows.Add(new SourceRow(key, value, section.Title, block.FirstLine, block.Text.Trim()));
    }

    private SourceSentence? AddParagraph(Section section, Block block)
    {
        SourceSentence? last = null;
        foreach (var (text, start, _) in SentenceSplitter.Split(block.Text))
        {
            if (Boilerplate.IsBoilerplate(text) || BoilerplateText.IsBoilerplate(text))
            {
                continue;
            }

            var line = block.FirstLine + block.Text.AsSpan(0, start).Count('\n');
            last = new SourceSentence(text, section.Title, line);
            Sentences.Add(last);
        }

        return last;
    }
}
