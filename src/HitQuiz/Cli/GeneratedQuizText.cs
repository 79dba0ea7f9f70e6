using System.Globalization;
using System.Text;
using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Cli;

/// <summary>
/// Writes generated items in the <c>*.quiz.md</c> format for review: one <c>## ID [kind]</c> block per item with its
/// status, topic, source line, evidence, stem, options (or <c>Answer:</c>, or the <c>[[answer|alt]]</c> blank) and
/// explanation. Values are kept on one line, since the format is line-oriented.
/// </summary>
internal static class GeneratedQuizText
{
    public static string Write(string title, string defaultSource, IEnumerable<Question> questions)
    {
        var text = new StringBuilder();
        text.Append("# Quiz: ").Append(OneLine(title)).Append('\n');
        text.Append("Source file: ").Append(defaultSource).Append('\n');
        foreach (var question in questions)
        {
            text.Append('\n');
            WriteQuestion(text, question, defaultSource);
        }

        return text.ToString();
    }

    private static void WriteQuestion(StringBuilder text, Question q, string defaultSource)
    {
        text.Append("## ").Append(q.Id).Append(" [").Append(q.Kind.Name()).Append("]\n");
        Field(text, "Status", q.Status.ToString().ToLowerInvariant());
        Field(text, "Topic", q.Topic);
        if (q.Source is { } source)
        {
            var document = source.Document == defaultSource ? "" : source.Document + " > ";
            var line = source.Line is int n ? ", line " + n.ToString(CultureInfo.InvariantCulture) : "";
            Field(text, "Source", document + source.Section + line);
            Field(text, "Evidence", source.Evidence);
        }

        text.Append(OneLine(Stem(q))).Append('\n');
        if (q.Kind == QuestionKind.TrueFalse)
        {
            Field(text, "Answer", q.Answers.FirstOrDefault()?.ToLowerInvariant());
        }
        else if (q.Kind.HasOptions())
        {
            foreach (var option in q.Options)
            {
                text.Append(q.Answers.Contains(option) ? "- [x] " : "- [ ] ").Append(OneLine(option)).Append('\n');
            }
        }

        Field(text, "Why", q.Explanation);
    }

    private static string Stem(Question q)
    {
        var blank = q.Stem.IndexOf(Blank.Marker, StringComparison.Ordinal);
        if (q.Kind != QuestionKind.Cloze || blank < 0)
        {
            return q.Stem;
        }

        var answers = "[[" + string.Join('|', q.Answers) + "]]";
        return string.Concat(q.Stem.AsSpan(0, blank), answers, q.Stem.AsSpan(blank + Blank.Marker.Length));
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(name).Append(": ").Append(OneLine(value)).Append('\n');
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
