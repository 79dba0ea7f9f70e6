using System.Xml;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>The answer elements of a Moodle XML question, by kind.</summary>
internal static class MoodleXmlAnswers
{
    public static void Write(XmlWriter writer, Question question)
    {
        switch (question.Kind)
        {
            case QuestionKind.TrueFalse:
                Answer(writer, "true", question.Answers.Contains("True") ? 100 : 0, "plain_text");
                Answer(writer, "false", question.Answers.Contains("False") ? 100 : 0, "plain_text");
                break;
            case QuestionKind.Numerical:
                WriteNumbers(writer, question);
                break;
            case QuestionKind.Matching:
                WritePairs(writer, question);
                break;
            case QuestionKind.Cloze:
                break;
            default:
                WriteChoices(writer, question);
                break;
        }
    }

    private static void WriteChoices(XmlWriter writer, Question question)
    {
        var multi = question.Kind == QuestionKind.MultipleResponse;
        writer.WriteElementString("single", multi ? "false" : "true");
        writer.WriteElementString("shuffleanswers", "true");
        writer.WriteElementString("answernumbering", "abc");
        var share = 100.0 / Math.Max(1, question.Answers.Count);
        foreach (var option in question.Options)
        {
            var key = question.Answers.Contains(option);
            Answer(writer, MoodleXmlWriter.Encode(option), key ? share : multi ? -100 : 0, "html");
        }
    }

    private static void WriteNumbers(XmlWriter writer, Question question)
    {
        foreach (var value in question.Answers)
        {
            // Moodle stores a value and a tolerance; a range "a..b" is its midpoint ± half its width.
            var answer = NumericAnswer.Parse(value) ?? new NumericAnswer(0, 0);
            var middle = (answer.Min + answer.Max) / 2;
            var tolerance = (answer.Max - answer.Min) / 2;
            writer.WriteStartElement("answer");
            writer.WriteAttributeString("fraction", "100");
            writer.WriteElementString("text", MoodleXmlWriter.Percent(middle));
            writer.WriteElementString("tolerance", MoodleXmlWriter.Percent(tolerance));
            writer.WriteEndElement();
        }
    }

    private static void WritePairs(XmlWriter writer, Question question)
    {
        writer.WriteElementString("shuffleanswers", "true");
        for (var i = 0; i < question.Options.Count; i++)
        {
            Pair(writer, question.Options[i], question.Answers[i]);
        }

        foreach (var extra in question.Choices.Where(c => !question.Answers.Contains(c)))
        {
            Pair(writer, "", extra);
        }
    }

    private static void Pair(XmlWriter writer, string left, string right)
    {
        writer.WriteStartElement("subquestion");
        writer.WriteAttributeString("format", "html");
        writer.WriteElementString("text", MoodleXmlWriter.Encode(left));
        writer.WriteStartElement("answer");
        writer.WriteElementString("text", right);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Answer(XmlWriter writer, string text, double fraction, string format)
    {
        writer.WriteStartElement("answer");
        writer.WriteAttributeString("fraction", MoodleXmlWriter.Percent(fraction));
        writer.WriteAttributeString("format", format);
        writer.WriteElementString("text", text);
        writer.WriteEndElement();
    }
}
