using System.Net;
using System.Xml;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Writes questions as an IMS QTI 1.2 package, the version Canvas (classic quizzes), Blackboard and D2L import:
/// <c>imsmanifest.xml</c> and one assessment, <c>hitquiz-export/hitquiz-export.xml</c>, holding every question as an
/// item in one section. Each item names its Canvas question type and is worth one point (a SCORE of 100); the
/// explanation and source reference are its general feedback. The caller zips the files.
/// </summary>
/// <remarks>
/// Kinds: <c>mc</c> and <c>not</c> are multiple choice, <c>multi</c> multiple answers (exactly the keys score),
/// <c>tf</c> true/false, <c>cloze</c> a short answer (any accepted answer scores), <c>num</c> numerical (any accepted
/// range scores) and <c>match</c> matching (each pair scores its share).
/// </remarks>
public static class Qti12Writer
{
    public const string Namespace = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
    public const string AssessmentPath = Ident + "/" + Ident + ".xml";
    private const string PackageNamespace = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private const string Ident = "hitquiz-export";

    /// <param name="title">The assessment's title as the LMS shows it (the export file's name, say).</param>
    public static IReadOnlyList<PackageFile> Write(IEnumerable<Question> questions, string title) => [.. Entries(questions, title).Select(e => e.ToFile())];

    /// <summary>The package's two files, the assessment written a question at a time when its turn comes.</summary>
    public static IEnumerable<PackageEntry> Entries(IEnumerable<Question> questions, string title) =>
    [
        new("imsmanifest.xml", output => XmlText.Write(output, w => Manifest(w, title))),
        new(AssessmentPath, output => XmlText.Write(output, w => Assessment(w, questions, title))),
    ];

    private static void Manifest(XmlWriter w, string title)
    {
        w.WriteStartElement("manifest", PackageNamespace);
        w.WriteAttributeString("identifier", Ident + "-manifest");
        w.WriteStartElement("metadata", PackageNamespace);
        w.WriteElementString("schema", PackageNamespace, "IMS Content");
        w.WriteElementString("schemaversion", PackageNamespace, "1.1.3");
        w.WriteEndElement();
        w.WriteElementString("organizations", PackageNamespace, "");
        w.WriteStartElement("resources", PackageNamespace);
        w.WriteStartElement("resource", PackageNamespace);
        w.WriteAttributeString("identifier", Ident);
        w.WriteAttributeString("type", "imsqti_xmlv1p2");
        w.WriteAttributeString("href", AssessmentPath);
        w.WriteStartElement("metadata", PackageNamespace);
        w.WriteElementString("schema", PackageNamespace, "IMS QTI");
        w.WriteElementString("schemaversion", PackageNamespace, "1.2");
        w.WriteElementString("title", PackageNamespace, title);
        w.WriteEndElement();
        w.WriteStartElement("file", PackageNamespace);
        w.WriteAttributeString("href", AssessmentPath);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Assessment(XmlWriter w, IEnumerable<Question> questions, string title)
    {
        Start(w, "questestinterop");
        Start(w, "assessment", ("ident", Ident), ("title", title));
        Start(w, "section", ("ident", "root_section"));
        foreach (var question in questions)
        {
            Item(w, question);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Item(XmlWriter w, Question q)
    {
        Start(w, "item", ("ident", q.Id), ("title", q.Id));
        // The topic (empty for none) travels as a field of its own, which LMSs ignore and HitQuiz reads back.
        Metadata(w, ("question_type", TypeOf(q.Kind)), ("points_possible", "1.0"), ("topic", q.Topic ?? ""));
        Start(w, "presentation");
        Text(w, q.Stem);
        Qti12Responses.Present(w, q);
        w.WriteEndElement();
        Start(w, "resprocessing");
        Start(w, "outcomes");
        Start(w, "decvar", ("maxvalue", "100"), ("minvalue", "0"), ("varname", "SCORE"), ("vartype", "Decimal"));
        w.WriteEndElement();
        w.WriteEndElement();
        var feedback = FeedbackText.Compose(q);
        if (feedback is not null)
        {
            // Shown whatever the answer: a condition that always holds, and scoring goes on after it.
            Start(w, "respcondition", ("continue", "Yes"));
            Start(w, "conditionvar");
            Start(w, "other");
            w.WriteEndElement();
            w.WriteEndElement();
            Start(w, "displayfeedback", ("feedbacktype", "Response"), ("linkrefid", "general_fb"));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        Qti12Responses.Score(w, q);
        w.WriteEndElement();
        if (feedback is not null)
        {
            Start(w, "itemfeedback", ("ident", "general_fb"));
            Start(w, "flow_mat");
            Text(w, feedback);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>The Canvas question type of a kind (other systems read the item's structure instead).</summary>
    public static string TypeOf(QuestionKind kind) => kind switch
    {
        QuestionKind.MultipleResponse => "multiple_answers_question",
        QuestionKind.TrueFalse => "true_false_question",
        QuestionKind.Cloze => "short_answer_question",
        QuestionKind.Numerical => "numerical_question",
        QuestionKind.Matching => "matching_question",
        _ => "multiple_choice_question",
    };

    private static void Metadata(XmlWriter w, params (string Label, string Entry)[] fields)
    {
        Start(w, "itemmetadata");
        Start(w, "qtimetadata");
        foreach (var (label, entry) in fields)
        {
            Start(w, "qtimetadatafield");
            w.WriteElementString("fieldlabel", Namespace, label);
            w.WriteElementString("fieldentry", Namespace, entry);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>The response of every item but a matching one (which has one per item it matches).</summary>
    internal const string ResponseId = "response1";

    // A text starting with "<" is taken for HTML by importers that look (HitQuiz's among them) whatever its type says,
    // so it is written as the HTML that shows it.
    internal static void Text(XmlWriter w, string text)
    {
        var html = text.TrimStart().StartsWith('<');
        Start(w, "material");
        Start(w, "mattext", ("texttype", html ? "text/html" : "text/plain"));
        w.WriteString(html ? WebUtility.HtmlEncode(text) : text);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    internal static void Start(XmlWriter w, string name, params (string Name, string Value)[] attributes) =>
        XmlText.Start(w, Namespace, name, attributes);

}
