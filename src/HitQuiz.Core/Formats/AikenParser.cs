using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Reads Moodle's Aiken format: the question text, options "A." or "A)" one per line, then "ANSWER: B". Aiken has
/// single-answer multiple choice only. Blank lines between questions are optional. Never throws for bad input.
/// </summary>
public static partial class AikenParser
{
    public static ImportResult Parse(string file, string text)
    {
        var sink = new ImportSink(file);
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var item = new AikenItem();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var at = i + 1;
            if (line.Length == 0)
            {
                continue;
            }

            if (AnswerLine().Match(line) is { Success: true } answer)
            {
                item.Finish(sink, answer.Groups["key"].Value, at);
                item = new AikenItem();
            }
            else if (OptionLine().Match(line) is { Success: true } option && item.Stem.Count > 0)
            {
                item.AddOption(sink, option.Groups["letter"].Value[0], option.Groups["text"].Value, at);
            }
            else if (item.HasOptions)
            {
                // Text after a question's options: its "ANSWER:" line is missing, and this text starts the next one.
                item.MissingAnswer(sink, at);
                item = new AikenItem();
                item.AddText(line, at);
            }
            else
            {
                item.AddText(line, at);
            }
        }

        item.End(sink, lines.Length);
        return sink.Result();
    }

    [GeneratedRegex(@"^ANSWER\s*:\s*(?<key>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^(?<letter>[A-Za-z])\s*[.)]\s+(?<text>.*)$")]
    private static partial Regex OptionLine();
}
