using System.Globalization;
using System.Xml;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>The item body of a QTI item: a choice, text entry or match interaction.</summary>
internal static class QtiInteractions
{
    public static string ChoiceId(int index) => "C" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public static void Write(XmlWriter w, Question q)
    {
        switch (q.Kind)
        {
            case QuestionKind.Cloze:
            case QuestionKind.Numerical:
                TextEntry(w, q);
                break;
            case QuestionKind.Matching:
                Match(w, q);
                break;
            default:
                Choice(w, q);
                break;
        }
    }

    private static void Choice(XmlWriter w, Question q)
    {
        var max = q.Kind == QuestionKind.MultipleResponse ? q.Answers.Count : 1;
        QtiWriter.Element(w, "choiceInteraction", ("responseIdentifier", "RESPONSE"), ("shuffle", "false"), ("maxChoices", max.ToString(CultureInfo.InvariantCulture)));
        w.WriteElementString("prompt", QtiWriter.Namespace, q.Stem);
        for (var i = 0; i < q.Options.Count; i++)
        {
            QtiWriter.Element(w, "simpleChoice", ("identifier", ChoiceId(i)));
            w.WriteString(q.Options[i]);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    // The blank of a cloze stem is where the text entry goes; a stem without one gets the entry after it.
    private static void TextEntry(XmlWriter w, Question q)
    {
        var blank = q.Stem.IndexOf(QuestionBuilder.Blank, StringComparison.Ordinal);
        QtiWriter.Element(w, "p");
        w.WriteString(blank < 0 ? q.Stem + " " : q.Stem[..blank]);
        QtiWriter.Element(w, "textEntryInteraction", ("responseIdentifier", "RESPONSE"), ("expectedLength", "20"));
        w.WriteEndElement();
        w.WriteString(blank < 0 ? "" : q.Stem[(blank + QuestionBuilder.Blank.Length)..]);
        w.WriteEndElement();
    }

    private static void Match(XmlWriter w, Question q)
    {
        var count = q.Options.Count.ToString(CultureInfo.InvariantCulture);
        QtiWriter.Element(w, "matchInteraction", ("responseIdentifier", "RESPONSE"), ("shuffle", "false"), ("maxAssociations", count));
        w.WriteElementString("prompt", QtiWriter.Namespace, q.Stem);
        Set(w, q.Options, "L", "1");
        Set(w, q.Choices, "C", count);
        w.WriteEndElement();
    }

    private static void Set(XmlWriter w, IReadOnlyList<string> texts, string prefix, string matchMax)
    {
        QtiWriter.Element(w, "simpleMatchSet");
        for (var i = 0; i < texts.Count; i++)
        {
            QtiWriter.Element(w, "simpleAssociableChoice", ("identifier", prefix + (i + 1).ToString(CultureInfo.InvariantCulture)), ("matchMax", matchMax));
            w.WriteString(texts[i]);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }
}
