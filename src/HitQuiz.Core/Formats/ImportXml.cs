using System.Xml;
using System.Xml.Linq;

namespace HitQuiz.Formats;

/// <summary>
/// Loads an imported XML file with line numbers, safely: no external resource is resolved, and a document type
/// declaration is refused or skipped, never processed, so no entity is ever expanded.
/// </summary>
internal static class ImportXml
{
    private static XmlReaderSettings Settings(DtdProcessing dtd) => new()
    {
        DtdProcessing = dtd,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 50_000_000,
    };

    private static readonly XmlReaderSettings Refusing = Settings(DtdProcessing.Prohibit);
    private static readonly XmlReaderSettings Skipping = Settings(DtdProcessing.Ignore);

    /// <summary>The root element, when the text is well-formed and its root is <paramref name="root"/>; else one error in the sink.</summary>
    /// <param name="what">What the file should be, for the message ("a Moodle question file").</param>
    /// <param name="skipDtd">Skip a document type declaration rather than refuse the file (some exporters name one).</param>
    public static XElement? Load(ImportSink sink, string text, string root, string what, bool skipDtd = false)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF')), skipDtd ? Skipping : Refusing);
            var element = XDocument.Load(reader, LoadOptions.SetLineInfo).Root;
            if (element?.Name.LocalName != root)
            {
                sink.Error(Line(element), $"this XML is not {what}: its root element is <{element?.Name.LocalName}>, not <{root}>.");
                return null;
            }

            return element;
        }
        catch (XmlException e)
        {
            sink.Error(Math.Max(1, e.LineNumber), $"the XML is not well-formed: {e.Message}");
            return null;
        }
    }

    public static int Line(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
}
