using System.Xml.Linq;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Reads one QTI 1.2 <c>&lt;item&gt;</c>. Its kind comes from Canvas's <c>question_type</c> when given, else from its
/// responses: several choice responses are matching, a multiple-choice response is multiple answers, a text field with
/// a numeric range is numerical. The keys are what the conditions that give a positive score ask for.
/// </summary>
internal sealed class Qti12Item(ImportSink sink, XElement item, string? around)
{
    private readonly int _line = ImportXml.Line(item);
    private readonly string? _title = Title(item);
    private readonly string _type = Metadata(item, "question_type") ?? "";
    private readonly XElement? _presentation = Child(item, "presentation");

    // HitQuiz's own export names each item's topic (empty for none); otherwise the section or assessment it is in.
    private string? Topic => Metadata(item, "topic") is { } topic ? (topic.Length > 0 ? topic : null) : around;

    public void Read()
    {
        var stem = Stem();
        var kind = _type.Replace("_question", "", StringComparison.Ordinal).Replace('_', ' ');
        switch (_type)
        {
            case "essay_question" or "file_upload_question":
                sink.Skip(_line, kind, _title, stem, "cannot be practised (nothing to grade)");
                return;
            case "text_only_question":
                sink.Skip(_line, "text-only", _title, stem, "is not a question");
                return;
            case "fill_in_multiple_blanks_question" or "multiple_dropdowns_question" or "calculated_question" or "formula_question":
                sink.Skip(_line, kind, _title, stem, "cannot be practised (the trainer asks one blank and fixed values)");
                return;
        }

        if (Raw(_presentation).Any(ImportText.HasImage))
        {
            sink.Warning(_line, $"{ImportSink.Label("QTI", _title, stem)} has an image that the trainer cannot show; imported without it.");
        }

        var choices = Responses("response_lid").ToList();
        var typed = Responses("response_str").Concat(Responses("response_num")).ToList();
        var builder = new ItemBuilder(sink, _title, Topic, _line, LastLine()) { General = GeneralFeedback() };
        if (_type == "matching_question" || choices.Count > 1)
        {
            ReadMatching(builder, stem, choices);
        }
        else if (choices.Count == 1)
        {
            ReadChoices(builder, stem, choices[0]);
        }
        else if (typed.Count == 1)
        {
            ReadTyped(builder, stem, typed[0]);
        }
        else
        {
            sink.Skip(_line, kind.Length == 0 ? "QTI" : kind, _title, stem, typed.Count > 1 ? "has several blanks, and the trainer asks one" : "asks for no answer the trainer can grade");
        }
    }

    private void ReadChoices(ItemBuilder builder, string stem, XElement response)
    {
        var labels = Labels(response);
        var keys = KeysOf((string?)response.Attribute("ident"));
        foreach (var (ident, text) in labels)
        {
            builder.Feedback(text, Feedback(ident + "_fb"));
        }

        var multiple = _type == "multiple_answers_question" || ((string?)response.Attribute("rcardinality"))?.Equals("Multiple", StringComparison.OrdinalIgnoreCase) == true;
        var answers = labels.Where(l => keys.Contains(l.Ident)).Select(l => l.Text).ToList();
        if (!multiple && (_type == "true_false_question" || labels.Select(l => l.Text).SequenceEqual(["True", "False"], StringComparer.OrdinalIgnoreCase)) && answers.Count == 1)
        {
            var truth = answers[0].Equals("True", StringComparison.OrdinalIgnoreCase) ? "True" : "False";
            builder.Emit(QuestionKind.TrueFalse, stem, ["True", "False"], [truth]);
            return;
        }

        builder.Emit(multiple && answers.Count > 1 ? QuestionKind.MultipleResponse : QuestionKind.MultipleChoice, stem, labels.Select(l => l.Text).ToList(), answers);
    }

    private void ReadTyped(ItemBuilder builder, string stem, XElement response)
    {
        var ident = (string?)response.Attribute("ident");
        var scoring = Scoring().ToList();
        var fibType = (string?)response.Descendants().FirstOrDefault(e => e.Name.LocalName == "render_fib")?.Attribute("fibtype");
        var ranged = scoring.Any(c => c.Descendants().Any(e => e.Name.LocalName is "vargte" or "vargt" or "varlte" or "varlt"));
        if (_type == "numerical_question" || response.Name.LocalName == "response_num" || fibType is "Decimal" or "Integer" || ranged)
        {
            var accepted = scoring.Select(c => Range(c, ident)).OfType<string>().Distinct().ToList();
            builder.Emit(QuestionKind.Numerical, stem, [], accepted);
            return;
        }

        var answers = scoring.SelectMany(c => Tests(c, "varequal", ident)).Select(v => ImportText.Plain(v, html: false)).Where(v => v.Length > 0).Distinct().ToList();
        builder.Emit(QuestionKind.Cloze, stem.Contains(QuestionBuilder.Blank, StringComparison.Ordinal) ? stem : stem + " " + QuestionBuilder.Blank, [], answers);
    }

    private void ReadMatching(ItemBuilder builder, string stem, List<XElement> responses)
    {
        var left = new List<string>();
        var right = new List<string>();
        var offered = new List<string>();
        foreach (var response in responses)
        {
            var labels = Labels(response);
            offered.AddRange(labels.Select(l => l.Text).Where(t => !offered.Contains(t)));
            var keys = KeysOf((string?)response.Attribute("ident"));
            left.Add(Text(Child(response, "material")));
            right.Add(labels.FirstOrDefault(l => keys.Contains(l.Ident)).Text ?? "");
        }

        builder.Emit(QuestionKind.Matching, stem, left, right, offered);
    }

    // The label idents that some positively scored condition asks for on this response (not under a <not>).
    private HashSet<string> KeysOf(string? response) =>
        [.. Scoring().SelectMany(c => Tests(c, "varequal", response)).Select(v => v.Trim())];

    private static IEnumerable<string> Tests(XElement condition, string name, string? response) =>
        condition.Descendants()
            .Where(e => e.Name.LocalName == name && Responds(e, response) && !e.Ancestors().Any(a => a.Name.LocalName == "not"))
            .Select(e => e.Value);

    private static bool Responds(XElement test, string? response) =>
        response is null || (string?)test.Attribute("respident") is not { } id || id == response;

    // A condition's accepted number: "value" or "value:tolerance" when it names the middle, else "low..high".
    private static string? Range(XElement condition, string? response)
    {
        double? Bound(params string[] names) =>
            Tests(condition, names[0], response).Concat(names.Skip(1).SelectMany(n => Tests(condition, n, response)))
                .Select(v => NumericAnswer.TryNumber(v, out var n) ? n : (double?)null).FirstOrDefault(n => n is not null);

        var exact = Bound("varequal");
        var (low, high) = (Bound("vargte", "vargt"), Bound("varlte", "varlt"));
        if (low is { } l && high is { } h)
        {
            var middle = (l + h) / 2;
            return exact is { } e && Math.Abs(e - middle) < 1e-9 * Math.Max(1, Math.Abs(e))
                ? QtiItem.Number(e) + (h > l ? ":" + QtiItem.Number((h - l) / 2) : "")
                : QtiItem.Number(l) + ".." + QtiItem.Number(h);
        }

        return exact is { } only ? QtiItem.Number(only) : null;
    }


    // Conditions that give a positive score: set or add to any variable.
    private IEnumerable<XElement> Scoring() =>
        (Child(item, "resprocessing")?.Elements() ?? [])
            .Where(c => c.Name.LocalName == "respcondition")
            .Where(c => c.Elements().Any(s => s.Name.LocalName == "setvar" && NumericAnswer.TryNumber(s.Value, out var v) && v > 0));

    private IEnumerable<XElement> Responses(string name) =>
        _presentation?.Descendants().Where(e => e.Name.LocalName == name) ?? [];

    private static List<(string Ident, string Text)> Labels(XElement response) =>
        [.. response.Descendants().Where(e => e.Name.LocalName == "response_label").Select(l => ((string?)l.Attribute("ident") ?? "", Text(l)))];

    // The question text: the presentation's material outside any response.
    private string Stem() =>
        string.Join(" ", (_presentation?.Descendants() ?? [])
            .Where(e => e.Name.LocalName == "material" && !e.Ancestors().Any(a => a.Name.LocalName.StartsWith("response_", StringComparison.Ordinal)))
            .Select(Text)
            .Where(t => t.Length > 0));

    // The feedback every learner sees; without one, the feedback for a wrong answer, which explains the right one.
    private string? GeneralFeedback()
    {
        var feedback = item.Elements().Where(e => e.Name.LocalName == "itemfeedback").ToList();
        string? Ident(XElement f) => ((string?)f.Attribute("ident"))?.ToLowerInvariant();
        var general = feedback.FirstOrDefault(f => Ident(f) is "general_fb" or "general_feedback" or "generalfeedback")
            ?? feedback.FirstOrDefault(f => Ident(f) is "general_incorrect_fb" or "incorrect_fb" or "incorrect")
            ?? (feedback.Count == 1 && Ident(feedback[0]) is not ("correct_fb" or "correct") ? feedback[0] : null);
        return general is null ? null : Text(general) is { Length: > 0 } text ? text : null;
    }

    private string? Feedback(string ident) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == "itemfeedback" && (string?)e.Attribute("ident") == ident) is { } f
            && Text(f) is { Length: > 0 } text ? text : null;

    // The plain text of every mattext inside (HTML made plain).
    private static string Text(XElement? element) =>
        ImportText.Plain(string.Join(" ", (element?.DescendantsAndSelf() ?? []).Where(e => e.Name.LocalName == "mattext").Select(PlainOf)), html: false);

    private static string PlainOf(XElement mattext) =>
        ImportText.Plain(mattext.Value, html: ((string?)mattext.Attribute("texttype"))?.Contains("html", StringComparison.OrdinalIgnoreCase) == true || mattext.Value.TrimStart().StartsWith('<'));

    private static IEnumerable<string> Raw(XElement? element) =>
        (element?.Descendants() ?? []).Where(e => e.Name.LocalName == "mattext").Select(e => e.Value);

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Metadata(XElement item, string label) =>
        item.Descendants().Where(e => e.Name.LocalName == "qtimetadatafield")
            .FirstOrDefault(f => Child(f, "fieldlabel")?.Value.Trim() == label) is { } field ? Child(field, "fieldentry")?.Value.Trim() : null;

    // Canvas titles every item "Question": a title only when it tells the item apart.
    private static string? Title(XElement item) =>
        ((string?)item.Attribute("title"))?.Trim() is { Length: > 0 } title && !title.Equals("Question", StringComparison.OrdinalIgnoreCase) ? title : null;

    private int LastLine() => item.DescendantNodes().LastOrDefault() is { } last ? ImportXml.Line(last) : _line;
}
