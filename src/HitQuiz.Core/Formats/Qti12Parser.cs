using System.Xml.Linq;

namespace HitQuiz.Formats;

/// <summary>
/// Reads an IMS QTI 1.2 assessment (<c>&lt;questestinterop&gt;</c>), as Canvas, Blackboard and D2L export it:
/// multiple choice, multiple answers, true/false, short answer, numerical and matching items, with their general and
/// per-answer feedback. The item's section title (else the assessment's) becomes the topic. A document type
/// declaration is ignored, never processed, and no external resource is resolved. Never throws for bad input.
/// </summary>
public static class Qti12Parser
{
    /// <summary>True when the text is a QTI 1.2 assessment rather than another XML format.</summary>
    public static bool IsQti(string text) => text.Contains("<questestinterop", StringComparison.Ordinal);

    /// <param name="file">The file as named in problems.</param>
    /// <param name="text">The assessment's XML.</param>
    /// <param name="idsFrom">The file whose name prefixes the ids, when not <paramref name="file"/> (the zip package it came in).</param>
    public static ImportResult Parse(string file, string text, string? idsFrom = null)
    {
        var sink = new ImportSink(file, idsFrom);
        if (ImportXml.Load(sink, text, "questestinterop", "a QTI 1.2 file", skipDtd: true) is not { } root)
        {
            return sink.Result();
        }

        var items = root.Descendants().Where(e => e.Name.LocalName == "item").ToList();
        if (items.Count == 0)
        {
            sink.Warning(ImportXml.Line(root), "no items in this QTI file; each question is an <item>.");
        }

        foreach (var item in items)
        {
            new Qti12Item(sink, item, Topic(item)).Read();
        }

        return sink.Result();
    }

    // The title of the nearest section or assessment around the item that has one.
    private static string? Topic(XElement item) =>
        item.Ancestors()
            .Where(a => a.Name.LocalName is "section" or "assessment")
            .Select(a => ((string?)a.Attribute("title"))?.Trim())
            .FirstOrDefault(t => t is { Length: > 0 });
}
