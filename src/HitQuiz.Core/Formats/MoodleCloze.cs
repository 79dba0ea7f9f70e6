using System.Globalization;
using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Moodle's embedded answers (cloze, <c>multianswer</c>): "{1:SHORTANSWER:=Berlin~%50%Bonn}",
/// "{1:MULTICHOICE:=a~b}", "{2:NUMERICAL:=1822:5}". The trainer asks one blank at a time, so a text with several
/// blanks becomes one question per blank, the other blanks shown filled with their answers.
/// </summary>
internal static partial class MoodleCloze
{
    public static void Read(ImportSink sink, string html, Func<ItemBuilder> builders, int line)
    {
        var blanks = Embedded().Matches(html);
        if (blanks.Count == 0)
        {
            sink.Error(line, $"{ImportSink.Label("cloze", builders().Title, ImportText.Plain(html, true))} has no embedded answers like {{1:SHORTANSWER:=answer}}; skipped.");
            return;
        }

        var parsed = blanks.Select(b => (b, Answers: Alternatives(b.Groups["body"].Value))).ToList();
        for (var i = 0; i < parsed.Count; i++)
        {
            var stem = ImportText.Plain(Fill(html, parsed, i), html: true);
            var builder = builders();
            var idTitle = parsed.Count == 1 ? builder.Title : $"{builder.Title ?? stem} {i + 1}";
            ReadBlank(sink, builder, parsed[i].b.Groups["type"].Value.ToUpperInvariant(), parsed[i].Answers, stem, idTitle, line);
        }
    }

    private static void ReadBlank(ImportSink sink, ItemBuilder builder, string type, List<GiftAnswer> answers, string stem, string? idTitle, int line)
    {
        answers.ForEach(a => builder.Feedback(a.Text, a.Feedback));
        var full = answers.Where(a => a.Weight >= 100 || (a.Mark == '=' && !a.HasWeight)).Select(a => a.Text).ToList();
        if (type.StartsWith("NUMERICAL", StringComparison.Ordinal) || type == "NM")
        {
            builder.Emit(QuestionKind.Numerical, stem, [], full.Select(v => string.Concat(v.Where(c => !char.IsWhiteSpace(c)))).ToList(), idTitle: idTitle);
        }
        else if (type.StartsWith("MULTICHOICE", StringComparison.Ordinal) || type.StartsWith("MULTIRESPONSE", StringComparison.Ordinal) || type is "MC" or "MCV" or "MCH" or "MCS" or "MCVS" or "MCHS" or "MR" or "MRH" or "MRS" or "MRHS")
        {
            var weighted = answers.Select(a => (a.Text, a.Mark == '=' && !a.HasWeight ? 100.0 : a.Weight)).ToList();
            var options = weighted.Where(w => w.Item2 > 0).ToList();
            builder.Emit(options.Count > 1 ? QuestionKind.MultipleResponse : QuestionKind.MultipleChoice, stem, weighted.Select(w => w.Text).ToList(), options.Select(o => o.Text).ToList(), idTitle: idTitle);
        }
        else if (type.StartsWith("SHORTANSWER", StringComparison.Ordinal) || type is "SA" or "MW" or "SAC" or "MWC")
        {
            builder.Emit(QuestionKind.Cloze, stem, [], full.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), idTitle: idTitle);
        }
        else
        {
            sink.Skip(line, "cloze", builder.Title, stem, $"has a blank of type {type} that the trainer cannot ask");
        }
    }

    // The blank being asked becomes "_____"; the others show their first full-credit answer.
    private static string Fill(string html, List<(Match b, List<GiftAnswer> Answers)> parsed, int asked)
    {
        var text = html;
        for (var i = parsed.Count - 1; i >= 0; i--)
        {
            var (b, answers) = parsed[i];
            var shown = i == asked ? QuestionBuilder.Blank : System.Net.WebUtility.HtmlEncode(answers.FirstOrDefault(a => a.Weight >= 100)?.Text ?? "…");
            text = string.Concat(text.AsSpan(0, b.Index), shown, text.AsSpan(b.Index + b.Length));
        }

        return text;
    }

    // Moodle's alternatives, as Moodle reads them: separated by "~", each starting with "=" (full credit), a weight
    // ("%50%") or neither (no credit), its feedback after "#". Inside an answer "=" is an ordinary character, and the
    // "#" of an entity such as "&#39;" does not start feedback. A backslash escapes "~", "#" and "}".
    private static List<GiftAnswer> Alternatives(string body)
    {
        var cuts = Unescaped(body).Where(i => body[i] == '~').Append(body.Length).ToList();
        return [.. cuts.Select((cut, n) => body[(n == 0 ? 0 : cuts[n - 1] + 1)..cut].Trim()).Where(a => a.Length > 0).Select(Alternative)];
    }

    private static GiftAnswer Alternative(string text)
    {
        var hash = FeedbackAt(text);
        var feedback = hash < 0 ? null : ImportText.Plain(GiftText.Unescape(text[(hash + 1)..]), html: true);
        var answer = (hash < 0 ? text : text[..hash]).Trim();
        var weight = Weight().Match(answer);
        var (mark, percent, raw) = answer.StartsWith('=') ? ('=', 100.0, answer[1..])
            : weight.Success ? ('~', double.Parse(weight.Groups["w"].Value.Replace(',', '.'), CultureInfo.InvariantCulture), answer[weight.Length..])
            : ('~', 0.0, answer);
        return new GiftAnswer(mark, percent, System.Net.WebUtility.HtmlDecode(raw.Trim()), feedback is { Length: > 0 } ? feedback : null, mark == '~' && weight.Success);
    }

    // Feedback starts at the first "#" neither escaped nor part of an entity ("&#39;", or "&amp;#39;" as editors write it).
    private static int FeedbackAt(string text) =>
        Unescaped(text).Where(i => text[i] == '#' && !text[..i].EndsWith('&') && !text[..i].EndsWith("&amp;", StringComparison.Ordinal)).DefaultIfEmpty(-1).First();

    // The positions of the characters not escaped by a backslash.
    private static IEnumerable<int> Unescaped(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else
            {
                yield return i;
            }
        }
    }

    [GeneratedRegex(@"\{(?<weight>\d*):(?<type>[A-Za-z_]+):(?<body>(?:\\.|[^}\\])*)\}")]
    private static partial Regex Embedded();

    // ASCII digits only, as Moodle reads a weight: \d also matches other scripts' digits, which double.Parse refuses.
    [GeneratedRegex(@"^%(?<w>-?[0-9]+(?:[.,][0-9]*)?)%")]
    private static partial Regex Weight();

    [GeneratedRegex(@"_{3,}")]
    public static partial Regex Underscores();
}
