using System.Xml;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>The response declaration (the key) and response processing (the score) of a QTI item.</summary>
internal static class QtiResponses
{
    public static void Declare(XmlWriter w, Question q)
    {
        var (cardinality, baseType) = q.Kind switch
        {
            QuestionKind.MultipleResponse => ("multiple", "identifier"),
            QuestionKind.Matching => ("multiple", "directedPair"),
            QuestionKind.Cloze => ("single", "string"),
            QuestionKind.Numerical => ("single", "float"),
            _ => ("single", "identifier"),
        };
        QtiWriter.Element(w, "responseDeclaration", ("identifier", "RESPONSE"), ("cardinality", cardinality), ("baseType", baseType));
        QtiWriter.Element(w, "correctResponse");
        foreach (var value in Correct(q))
        {
            w.WriteElementString("value", QtiWriter.Namespace, value);
        }

        w.WriteEndElement();
        if (q.Kind == QuestionKind.Cloze)
        {
            // Every accepted answer scores, whatever its case.
            QtiWriter.Element(w, "mapping", ("defaultValue", "0"));
            foreach (var answer in q.Answers)
            {
                QtiWriter.Element(w, "mapEntry", ("mapKey", answer), ("mappedValue", "1"), ("caseSensitive", "false"));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    public static void Process(XmlWriter w, Question q)
    {
        QtiWriter.Element(w, "responseProcessing");
        QtiWriter.Element(w, "responseCondition");
        QtiWriter.Element(w, "responseIf");
        Condition(w, q);
        QtiWriter.Element(w, "setOutcomeValue", ("identifier", "SCORE"));
        QtiWriter.Element(w, "baseValue", ("baseType", "float"));
        w.WriteString("1");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        QtiWriter.Element(w, "setOutcomeValue", ("identifier", "FEEDBACK"));
        QtiWriter.Element(w, "baseValue", ("baseType", "identifier"));
        w.WriteString("GENERAL");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static IEnumerable<string> Correct(Question q) => q.Kind switch
    {
        QuestionKind.Cloze => q.Answers.Take(1),
        QuestionKind.Numerical => q.Answers.Take(1).Select(a => NumericAnswer.Parse(a) is { } n ? QtiItem.Number((n.Min + n.Max) / 2) : a),
        QuestionKind.Matching => q.Answers.Select((right, i) => $"L{i + 1} C{IndexOf(q.Choices, right) + 1}"),
        _ => AnswerChecker.KeyIndices(q).Select(i => QtiInteractions.ChoiceId(i)),
    };

    // Cloze: any mapped answer; numerical: inside any accepted range; the rest: exactly the correct response.
    private static void Condition(XmlWriter w, Question q)
    {
        if (q.Kind == QuestionKind.Cloze)
        {
            QtiWriter.Element(w, "gt");
            QtiWriter.Element(w, "mapResponse", ("identifier", "RESPONSE"));
            w.WriteEndElement();
            Base(w, "float", "0");
            w.WriteEndElement();
        }
        else if (q.Kind == QuestionKind.Numerical)
        {
            QtiWriter.Element(w, "or");
            foreach (var range in q.Answers.Select(NumericAnswer.Parse).OfType<NumericAnswer>())
            {
                QtiWriter.Element(w, "and");
                Compare(w, "gte", range.Min);
                Compare(w, "lte", range.Max);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }
        else
        {
            QtiWriter.Element(w, "match");
            Variable(w);
            QtiWriter.Element(w, "correct", ("identifier", "RESPONSE"));
            w.WriteEndElement();
            w.WriteEndElement();
        }
    }

    private static void Compare(XmlWriter w, string op, double bound)
    {
        QtiWriter.Element(w, op);
        Variable(w);
        Base(w, "float", QtiItem.Number(bound));
        w.WriteEndElement();
    }

    private static void Variable(XmlWriter w)
    {
        QtiWriter.Element(w, "variable", ("identifier", "RESPONSE"));
        w.WriteEndElement();
    }

    private static void Base(XmlWriter w, string type, string value)
    {
        QtiWriter.Element(w, "baseValue", ("baseType", type));
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static int IndexOf(IReadOnlyList<string> list, string item) => list.Select((x, i) => (x, i)).FirstOrDefault(p => p.x == item).i;
}
