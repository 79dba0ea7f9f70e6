using System.Globalization;
using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Reads the answer block of a GIFT item and adds the question: "####" starts the general feedback (the
/// explanation); "#" starts a number, T/F/TRUE/FALSE a true/false; "=a -> b" pairs are matching, only "=" answers a
/// short answer (cloze), and "~" answers multiple choice, or multiple response when several have positive weight.
/// </summary>
internal sealed partial class GiftBlockReader(ImportSink sink, GiftItem item, int line)
{
    private readonly ItemBuilder _builder = new(sink, item.Title, item.Topic, item.First, item.Last);

    public void Read()
    {
        var body = item.Body;
        var hashes = GiftText.Find(body, "####");
        if (hashes >= 0)
        {
            _builder.General = ImportText.Plain(GiftText.Unescape(body[(hashes + 4)..]), html: false);
            body = body[..hashes];
        }

        var trimmed = body.Trim();
        if (trimmed.Length == 0)
        {
            sink.Skip(item.First, "essay", item.Title, item.Before, "cannot be practised");
        }
        else if (trimmed[0] == '#')
        {
            GiftNumbers.Read(this, trimmed[1..]);
        }
        else if (TrueFalse().Match(trimmed) is { Success: true } tf)
        {
            ReadTrueFalse(tf.Groups["v"].Value, tf.Groups["rest"].Value);
        }
        else if (GiftAnswer.Split(trimmed, item.Html) is not { } answers)
        {
            sink.Error(line, $"{Label("")} has an answer block that does not start with \"=\" (right), \"~\" (wrong), \"#\" (a number) or T/F; skipped.");
        }
        else
        {
            ReadAnswers(answers);
        }
    }

    public GiftItem Item => item;

    public int Line => line;

    public ImportSink Sink => sink;

    public string Label(string kind) => ImportSink.Label(kind.Length == 0 ? "GIFT" : kind, item.Title, item.Before);

    public ItemBuilder Builder => _builder;

    public void Feedback(string label, string? feedback) => _builder.Feedback(label, feedback);

    public void Emit(QuestionKind kind, string stem, IReadOnlyList<string> options, IReadOnlyList<string> answers, IReadOnlyList<string>? choices = null) =>
        _builder.Emit(kind, stem, options, answers, choices);

    private void ReadTrueFalse(string value, string rest)
    {
        var answer = value.StartsWith('T') || value.StartsWith('t') ? "True" : "False";
        // Moodle shows the first feedback after a wrong answer and the second after a right one.
        var labels = new[] { "If wrong", "If right" };
        foreach (var (part, i) in (rest.Length == 0 ? [] : Split(rest[1..])).Take(2).Select((p, i) => (p, i)))
        {
            Feedback(labels[i], ImportText.Plain(GiftText.Unescape(part), html: false));
        }

        Emit(QuestionKind.TrueFalse, item.BlankStem, ["True", "False"], [answer]);
    }

    private static IEnumerable<string> Split(string text)
    {
        for (var hash = GiftText.Find(text, "#"); hash >= 0; hash = GiftText.Find(text, "#"))
        {
            yield return text[..hash];
            text = text[(hash + 1)..];
        }

        yield return text;
    }

    private void ReadAnswers(List<GiftAnswer> answers)
    {
        // Only a short answer's "=" answers have weights; a choice or matching block weighs its "~" answers alone.
        if (answers.All(a => a.Mark == '=') && answers.Any(a => GiftText.Find(a.Raw, "->") >= 0))
        {
            GiftMatching.Read(this, answers.ConvertAll(a => a.AsChoice()));
        }
        else if (answers.All(a => a.Mark == '='))
        {
            ReadShortAnswer(answers);
        }
        else
        {
            GiftChoices.Read(this, answers.ConvertAll(a => a.AsChoice()));
        }
    }

    private void ReadShortAnswer(List<GiftAnswer> answers)
    {
        foreach (var partial in answers.Where(a => a.Weight is > 0 and < 100))
        {
            sink.Warning(line, $"{Label("short answer")}: the partial-credit answer \"{partial.Text}\" ({partial.Weight.ToString(CultureInfo.InvariantCulture)}%) is not accepted; only full-credit answers are.");
        }

        var accepted = answers.Where(a => a.Weight >= 100).ToList();
        accepted.ForEach(a => Feedback(a.Text, a.Feedback));
        var stem = item.HasAfter ? item.BlankStem : $"{item.Before} {QuestionBuilder.Blank}".Trim();
        Emit(QuestionKind.Cloze, stem, [], accepted.Select(a => a.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    [GeneratedRegex(@"^(?<v>TRUE|FALSE|T|F)\s*(?<rest>#.*)?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TrueFalse();
}
