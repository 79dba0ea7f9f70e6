using System.Globalization;
using System.Xml.Linq;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Reads one Moodle XML <c>&lt;question&gt;</c>. The category (else the first tag) becomes the topic; general
/// feedback the explanation; answers with a positive fraction are keys (partial credit reported where the trainer
/// cannot grade it).
/// </summary>
internal sealed class MoodleXmlQuestion(ImportSink sink, XElement element, string type, string? topic)
{
    private readonly int _line = MoodleXmlParser.Line(element);
    private readonly string? _title = MoodleXmlText.Text(element.Element("name"))?.Trim();
    private readonly string _stem = MoodleXmlText.Plain(element.Element("questiontext"));

    private ItemBuilder NewBuilder() => new(sink, _title, topic ?? FirstTag(), _line, LastLine())
    {
        General = MoodleXmlText.Plain(element.Element("generalfeedback")) is { Length: > 0 } g ? g : null,
        KeepsOrder = element.Element("shuffleanswers")?.Value.Trim().ToLowerInvariant() is "0" or "false",
    };

    public void Read()
    {
        if (ImportText.HasImage(MoodleXmlText.Text(element.Element("questiontext")) ?? ""))
        {
            sink.Warning(_line, $"{ImportSink.Label(type, _title, _stem)} has an image that the trainer cannot show; imported without it.");
        }

        switch (type)
        {
            case "multichoice":
                ReadChoices();
                break;
            case "truefalse":
                ReadTrueFalse();
                break;
            case "shortanswer":
                ReadShortAnswer();
                break;
            case "numerical":
                ReadNumerical();
                break;
            case "matching":
                MoodleXmlMatching.Read(sink, element, _stem, NewBuilder(), _line);
                break;
            case "cloze":
            case "multianswer":
                MoodleCloze.Read(sink, MoodleXmlText.Text(element.Element("questiontext")) ?? "", NewBuilder, _line);
                break;
            default:
                sink.Skip(_line, type.Length == 0 ? "untyped" : type, _title, _stem, "cannot be practised");
                break;
        }
    }

    private List<(string Text, double Fraction, string? Feedback)> Answers() =>
        element.Elements("answer")
            .Select(a => (MoodleXmlText.Plain(a, "html"), MoodleXmlText.Fraction(a), (string?)MoodleXmlText.Plain(a.Element("feedback"))))
            .ToList();

    private void ReadChoices()
    {
        var builder = NewBuilder();
        var answers = Answers();
        answers.ForEach(a => builder.Feedback(a.Text, a.Feedback));
        builder.EmitChoices(_stem, answers.Select(a => (a.Text, a.Fraction)).ToList(), _line);
    }

    private void ReadTrueFalse()
    {
        var builder = NewBuilder();
        var key = Answers().Where(a => a.Fraction > 0).Select(a => a.Text.ToLowerInvariant()).FirstOrDefault();
        Answers().ForEach(a => builder.Feedback(a.Text, a.Feedback));
        builder.Emit(QuestionKind.TrueFalse, _stem, ["True", "False"], key switch { "true" => ["True"], "false" => ["False"], _ => [] });
    }

    private void ReadShortAnswer()
    {
        var builder = NewBuilder();
        var accepted = Accepted(Answers(), builder, "short answer");
        var blank = MoodleCloze.Underscores().Match(_stem);
        var stem = blank.Success ? string.Concat(_stem.AsSpan(0, blank.Index), QuestionBuilder.Blank, _stem.AsSpan(blank.Index + blank.Length)) : $"{_stem} {QuestionBuilder.Blank}";
        builder.Emit(QuestionKind.Cloze, stem, [], accepted.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private void ReadNumerical()
    {
        var builder = NewBuilder();
        var answers = element.Elements("answer")
            .Where(a => MoodleXmlText.Text(a)?.Trim() != "*")
            .Select(a => (Value(a), MoodleXmlText.Fraction(a), (string?)MoodleXmlText.Plain(a.Element("feedback"))))
            .ToList();
        builder.Emit(QuestionKind.Numerical, _stem, [], Accepted(answers, builder, "numerical"));
    }

    private static string Value(XElement answer)
    {
        var value = (MoodleXmlText.Text(answer) ?? "").Trim();
        var tolerance = answer.Element("tolerance")?.Value.Trim() ?? "0";
        return double.TryParse(tolerance, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && t > 0 ? $"{value}:{tolerance}" : value;
    }

    private List<string> Accepted(List<(string Text, double Fraction, string? Feedback)> answers, ItemBuilder builder, string kind)
    {
        foreach (var partial in answers.Where(a => a.Fraction is > 0 and < 100))
        {
            sink.Warning(_line, $"{ImportSink.Label(kind, _title, _stem)}: the partial-credit answer \"{partial.Text}\" ({partial.Fraction.ToString(CultureInfo.InvariantCulture)}%) is not accepted; only full-credit answers are.");
        }

        answers.Where(a => a.Fraction >= 100).ToList().ForEach(a => builder.Feedback(a.Text, a.Feedback));
        return answers.Where(a => a.Fraction >= 100).Select(a => a.Text).ToList();
    }

    private string? FirstTag() => element.Element("tags")?.Elements("tag").Select(t => MoodleXmlText.Plain(t, "plain_text")).FirstOrDefault(t => t.Length > 0);

    private int LastLine() => element.DescendantNodes().Select(MoodleXmlParser.Line).DefaultIfEmpty(_line).Max();
}
