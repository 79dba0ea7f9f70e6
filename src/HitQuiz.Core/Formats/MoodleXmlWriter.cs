using System.Globalization;
using System.Net;
using System.Xml;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Writes questions as Moodle XML that Moodle and <see cref="MoodleXmlParser"/> read back: a category per topic,
/// the id as the name, the explanation and source reference as general feedback. Texts are HTML-encoded in
/// html-format elements, so "&lt;" or "&amp;" in a question stay literal.
/// </summary>
public static class MoodleXmlWriter
{
    public static string Write(IEnumerable<Question> questions) => XmlText.Write(writer => Write(questions, writer));

    /// <summary>Writes the quiz to a stream as UTF-8, one question at a time (a large bank never sits in memory as one text).</summary>
    public static void Write(IEnumerable<Question> questions, Stream output) => XmlText.Write(output, writer => Write(questions, writer));

    /// <summary>Writes the quiz to a text writer, one question at a time.</summary>
    public static void Write(IEnumerable<Question> questions, TextWriter output) => XmlText.Write(output, writer => Write(questions, writer));

    private static void Write(IEnumerable<Question> questions, XmlWriter writer)
    {
        writer.WriteStartElement("quiz");
        var first = true;
        string? topic = null;
        foreach (var question in questions)
        {
            if (first || question.Topic != topic)
            {
                WriteCategory(writer, question.Topic);
                (first, topic) = (false, question.Topic);
            }

            WriteQuestion(writer, question);
        }

        writer.WriteEndElement();
    }

    private static void WriteCategory(XmlWriter writer, string? topic)
    {
        writer.WriteStartElement("question");
        writer.WriteAttributeString("type", "category");
        writer.WriteStartElement("category");
        writer.WriteElementString("text", GiftParser.Category(topic)["$CATEGORY: ".Length..]);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteQuestion(XmlWriter writer, Question question)
    {
        writer.WriteStartElement("question");
        writer.WriteAttributeString("type", Type(question.Kind));
        writer.WriteStartElement("name");
        writer.WriteElementString("text", question.Id);
        writer.WriteEndElement();
        Html(writer, "questiontext", question.Kind == QuestionKind.Cloze ? Cloze(question) : Encode(question.Stem));
        Html(writer, "generalfeedback", Encode(FeedbackText.Compose(question) ?? ""));
        MoodleXmlAnswers.Write(writer, question);
        writer.WriteEndElement();
    }

    private static string Type(QuestionKind kind) => kind switch
    {
        QuestionKind.TrueFalse => "truefalse",
        QuestionKind.Cloze => "cloze",
        QuestionKind.Numerical => "numerical",
        QuestionKind.Matching => "matching",
        _ => "multichoice",
    };

    // A cloze blank becomes Moodle's embedded short answer, every accepted answer at full credit. Each "{" of the text
    // around it is an entity, so text that reads like an embedded answer ("{1:SHORTANSWER:=x}") stays text.
    private static string Cloze(Question question)
    {
        var answers = "{1:SHORTANSWER:" + string.Join("~", question.Answers.Select(a => "%100%" + Encode(EscapeEmbedded(a)))) + "}";
        var blank = question.Stem.IndexOf(QuestionBuilder.Blank, StringComparison.Ordinal);
        return blank < 0
            ? $"{ClozeText(question.Stem)} {answers}"
            : ClozeText(question.Stem[..blank]) + answers + ClozeText(question.Stem[(blank + QuestionBuilder.Blank.Length)..]);
    }

    private static string ClozeText(string text) => Encode(text).Replace("{", "&#123;", StringComparison.Ordinal);

    private static string EscapeEmbedded(string text) =>
        string.Concat(text.Select(c => c is '\\' or '}' or '#' or '~' ? "\\" + c : c.ToString()));

    /// <summary>An html-format element holding the HTML given.</summary>
    private static void Html(XmlWriter writer, string name, string html)
    {
        writer.WriteStartElement(name);
        writer.WriteAttributeString("format", "html");
        writer.WriteElementString("text", html);
        writer.WriteEndElement();
    }

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    internal static string Percent(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
