using System.Xml.Linq;

namespace HitQuiz.Formats;

/// <summary>
/// Reads Moodle XML (<c>&lt;quiz&gt;&lt;question type="…"&gt;</c>): categories, multichoice, truefalse, shortanswer,
/// numerical, matching and cloze (multianswer) questions with their feedback and tags. DTDs are refused and no
/// external resource is resolved. Never throws for bad input.
/// </summary>
public static class MoodleXmlParser
{
    public static ImportResult Parse(string file, string text)
    {
        var sink = new ImportSink(file);
        if (ImportXml.Load(sink, text, "quiz", "a Moodle question file") is not { } quiz)
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

    internal static int Line(XObject? node) => ImportXml.Line(node);
}
