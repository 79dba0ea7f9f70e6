using System.Globalization;
using System.Xml;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>One QTI 2.1 assessment item: declarations, the interaction for the kind, response processing, feedback.</summary>
internal static class QtiItem
{
    public static void Write(XmlWriter w, Question q)
    {
        QtiWriter.Element(w, "assessmentItem", ("identifier", q.Id), ("title", q.Id), ("adaptive", "false"), ("timeDependent", "false"));
        QtiResponses.Declare(w, q);
        Outcome(w, "SCORE", "float", "0");
        Outcome(w, "FEEDBACK", "identifier", null);
        QtiWriter.Element(w, "itemBody");
        QtiInteractions.Write(w, q);
        w.WriteEndElement();
        QtiResponses.Process(w, q);
        if (FeedbackText.Compose(q) is { } feedback)
        {
            QtiWriter.Element(w, "modalFeedback", ("outcomeIdentifier", "FEEDBACK"), ("identifier", "GENERAL"), ("showHide", "show"));
            w.WriteString(feedback);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Outcome(XmlWriter w, string id, string baseType, string? value)
    {
        QtiWriter.Element(w, "outcomeDeclaration", ("identifier", id), ("cardinality", "single"), ("baseType", baseType));
        if (value is not null)
        {
            QtiWriter.Element(w, "defaultValue");
            w.WriteElementString("value", QtiWriter.Namespace, value);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
