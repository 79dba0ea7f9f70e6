using System.Xml.Linq;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>Moodle XML matching: <c>&lt;subquestion&gt;</c> text and its <c>&lt;answer&gt;</c>; an empty text adds a distractor.</summary>
internal static class MoodleXmlMatching
{
    public static void Read(ImportSink sink, XElement element, string stem, ItemBuilder builder, int line)
    {
        var lefts = new List<string>();
        var rights = new List<string>();
        var extras = new List<string>();
        foreach (var sub in element.Elements("subquestion"))
        {
            var left = MoodleXmlText.Plain(sub);
            var right = ImportText.Plain(MoodleXmlText.Text(sub.Element("answer")) ?? "", html: false);
            if (left.Length == 0)
            {
                extras.Add(right);
                continue;
            }

            lefts.Add(left);
            rights.Add(right);
        }

        if (ImportText.HasImage(string.Concat(element.Elements("subquestion").Select(s => MoodleXmlText.Text(s)))))
        {
            sink.Warning(line, $"{ImportSink.Label("matching", builder.Title, stem)} has an image in a pair that the trainer cannot show.");
        }

        builder.Emit(QuestionKind.Matching, stem, lefts, rights, MatchingChoices.Order(rights.Concat(extras)));
    }
}
