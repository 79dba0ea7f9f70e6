using System.Text.RegularExpressions;

namespace HitQuiz.Formats;

/// <summary>Imports an instructor's file in any supported format, telling the format from its content.</summary>
public static partial class QuestionImporter
{
    /// <param name="file">The file name as shown in messages; its stem prefixes the question ids.</param>
    public static ImportResult Import(string file, string text, ImportFormat? format = null)
    {
        if (text.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
        {
            return new ImportResult([], [Questions.Problem.Error(file, 1, "the file is empty; there is nothing to import.")]);
        }

        return (format ?? Detect(file, text)) switch
        {
            ImportFormat.MoodleXml => MoodleXmlParser.Parse(file, text),
            ImportFormat.Qti12 => Qti12Parser.Parse(file, text),
            ImportFormat.Aiken => AikenParser.Parse(file, text),
            _ => GiftParser.Parse(file, text),
        };
    }

    /// <summary>
    /// XML by extension or a leading "&lt;" (QTI 1.2 when it has a &lt;questestinterop&gt;, else Moodle XML); Aiken when
    /// a line is "ANSWER: X" and there is no answer block in braces; GIFT otherwise.
    /// </summary>
    public static ImportFormat Detect(string file, string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || start.StartsWith('<'))
        {
            return Qti12Parser.IsQti(text) ? ImportFormat.Qti12 : ImportFormat.MoodleXml;
        }

        return AikenAnswerLine().IsMatch(text) && !text.Contains('{', StringComparison.Ordinal) ? ImportFormat.Aiken : ImportFormat.Gift;
    }

    [GeneratedRegex(@"^\s*ANSWER\s*:\s*[A-Za-z]\s*$", RegexOptions.Multiline)]
    private static partial Regex AikenAnswerLine();
}
