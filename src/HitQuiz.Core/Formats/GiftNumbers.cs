using System.Globalization;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// GIFT numerical blocks: "{#1822:5}", "{#1..5}", or several answers "{#=1822:0 =%50%1822:2 ~#feedback}". Full-credit
/// answers are accepted; partial-credit ones are reported, and "~" answers only carry feedback.
/// </summary>
internal static class GiftNumbers
{
    public static void Read(GiftBlockReader reader, string content)
    {
        var text = content.Trim();
        var values = new List<string>();
        if (text.StartsWith('=') || text.StartsWith('~'))
        {
            foreach (var answer in GiftAnswer.Split(text) ?? [])
            {
                Take(reader, values, answer.Mark == '~' ? 0 : answer.Weight, Value(answer.Raw), answer.Feedback);
            }
        }
        else
        {
            var hash = GiftText.Find(text, "#");
            var feedback = hash < 0 ? null : ImportText.Plain(GiftText.Unescape(text[(hash + 1)..]), html: false);
            Take(reader, values, 100, Value(hash < 0 ? text : text[..hash]), feedback);
        }

        var bad = values.FirstOrDefault(v => NumericAnswer.Parse(v) is null);
        if (bad is not null)
        {
            reader.Sink.Error(reader.Line, $"{reader.Label("numerical")} has \"{bad}\", which is not a number, a number with a tolerance (1822:5) or a range (1..5); skipped.");
            return;
        }

        reader.Emit(QuestionKind.Numerical, reader.Item.BlankStem, [], values);
    }

    private static void Take(GiftBlockReader reader, List<string> values, double weight, string value, string? feedback)
    {
        if (weight >= 100)
        {
            values.Add(value);
            reader.Feedback(value, feedback);
        }
        else if (weight > 0)
        {
            reader.Sink.Warning(reader.Line, $"{reader.Label("numerical")}: the partial-credit value \"{value}\" ({weight.ToString(CultureInfo.InvariantCulture)}%) is not accepted; only full-credit values are.");
        }
        else
        {
            reader.Feedback(value, feedback);
        }
    }

    private static string Value(string raw) => string.Concat(GiftText.Unescape(raw).Where(c => !char.IsWhiteSpace(c)));
}
