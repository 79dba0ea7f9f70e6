using System.Xml;
using System.Xml.Linq;

namespace HitQuiz.Formats;

/// <summary>
/// Reads Moodle XML (<c>&lt;quiz&gt;&lt;question type="…"&gt;</c>): categories, multichoice, truefalse, shortanswer,
/// numerical, matching and cloze (multianswer) questions with their feedback and tags. DTDs are refused and no
/// external resource is resolved. Never throws for bad input.
/// </summary>
public static class MoodleXmlParser
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 50_000_000,
    };

    public static ImportResult Parse(string file, string text)
    {
        var sink = new ImportSink(file);
        if (Load(sink, text) is not { } quiz)
        {
            return sink.Result();
        }

        string? topic = null;
        foreach (var element in quiz.Elements("question"))
        {
            var type = (string?)element.Attribute("type") ?? "";
            if (type == "category")
            {
                topic = GiftParser.Topic(MoodleXmlText.Text(element.Element("category")) ?? "");
                continue;
            }

            new MoodleXmlQuestion(sink, element, type, topic).Read();
        }

        return sink.Result();
    }

    private static XElement? Load(ImportSink sink, string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF')), Settings);
            var root = XDocument.Load(reader, LoadOptions.SetLineInfo).Root;
            if (root?.Name.LocalName != "quiz")
            {
                sink.Error(Line(root), $"this XML is not a Moodle question file: its root element is <{root?.Name.LocalName}>, not <quiz>.");
                return null;
            }

            return root;
        }
        catch (XmlException e)
        {
            sink.Error(Math.Max(1, e.LineNumber), $"the XML is not well-formed: {e.Message}");
            return null;
        }
    }

    internal static int Line(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
}
