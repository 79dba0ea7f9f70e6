using System.Globalization;
using System.Text;

namespace HitQuiz.Questions;

/// <summary>Writes questions in the <c>*.quiz.md</c> format that <see cref="QuizFileParser"/> reads back.</summary>
public static class QuizFileWriter
{
    public static string Write(string? title, string? defaultSource, IEnumerable<Question> questions) =>
        string.Concat(Chunks(title, defaultSource, questions));

    /// <summary>
    /// Writes the same text as <see cref="Write"/> to <paramref name="writer"/> a question at a time, so that a large
    /// file is never held whole.
    /// </summary>
    public static void WriteTo(TextWriter writer, string? title, string? defaultSource, IEnumerable<Question> questions)
    {
        // Each piece goes to the writer from the builder itself: no string is made of it.
        foreach (var piece in Pieces(title, defaultSource, questions))
        {
            writer.Write(piece);
        }
    }

    /// <summary>
    /// The file's text a piece at a time: the header, then each question with the blank line before it. Every piece is
    /// whole lines, so a large file can be written, or read back, without holding all of it.
    /// </summary>
    public static IEnumerable<string> Chunks(string? title, string? defaultSource, IEnumerable<Question> questions) =>
        Pieces(title, defaultSource, questions).Select(piece => piece.ToString());

    // The pieces of Chunks, each in the same builder, which is refilled for the next.
    private static IEnumerable<StringBuilder> Pieces(string? title, string? defaultSource, IEnumerable<Question> questions)
    {
        var text = new StringBuilder();
        if (title is not null)
        {
            text.Append("# Quiz: ").Append(title).Append('\n');
        }

        if (defaultSource is not null)
        {
            text.Append(QuizFields.SourceFile).Append(": ").Append(defaultSource).Append('\n');
        }

        yield return text;
        foreach (var question in questions)
        {
            text.Clear().Append('\n');
            WriteQuestion(text, question, defaultSource);
            yield return text;
        }
    }

    private static void WriteQuestion(StringBuilder text, Question question, string? defaultSource)
    {
        text.Append("## ").Append(question.Id).Append(" [").Append(question.Kind.Name()).Append("]\n");
        if (question.Status != QuestionStatus.Ok)
        {
            Field(text, QuizFields.Status, question.Status.ToString().ToLowerInvariant());
        }

        Field(text, QuizFields.Topic, question.Topic);
        if (question.Source is SourceReference source)
        {
            Field(text, QuizFields.Source, FormatSource(source, defaultSource));
            Field(text, QuizFields.Evidence, source.Evidence);
        }

        AppendOneLine(text, Stem(question)).Append('\n');
        WriteAnswers(text, question);
        Field(text, QuizFields.Why, question.Explanation);
    }

    private static void WriteAnswers(StringBuilder text, Question question)
    {
        if (question.Kind == QuestionKind.TrueFalse)
        {
            Field(text, QuizFields.Answer, question.Answers.FirstOrDefault()?.ToLowerInvariant());
        }
        else if (question.Kind == QuestionKind.Numerical)
        {
            Field(text, QuizFields.Answer, string.Join(" | ", question.Answers));
        }
        else if (question.Kind == QuestionKind.Matching)
        {
            WritePairs(text, question);
        }
        else if (question.Kind.HasOptions())
        {
            foreach (var option in question.Options)
            {
                AppendOneLine(text.Append(question.Answers.Contains(option) ? "- [x] " : "- [ ] "), option).Append('\n');
            }
        }
    }

    private static void WritePairs(StringBuilder text, Question question)
    {
        for (var i = 0; i < question.Options.Count && i < question.Answers.Count; i++)
        {
            text.Append("- ").Append(question.Options[i]).Append(" -> ").Append(question.Answers[i]).Append('\n');
        }

        foreach (var extra in question.Choices.Where(c => !question.Answers.Contains(c)))
        {
            text.Append("- -> ").Append(extra).Append('\n');
        }
    }

    // A cloze stem shows its blank as "_____"; the file marks it with the accepted answers instead.
    private static string Stem(Question question)
    {
        if (question.Kind != QuestionKind.Cloze)
        {
            return question.Stem;
        }

        var blank = question.Stem.IndexOf(QuestionBuilder.Blank, StringComparison.Ordinal);
        var answers = "[[" + string.Join("|", question.Answers) + "]]";
        return blank < 0
            ? $"{question.Stem} {answers}"
            : string.Concat(question.Stem.AsSpan(0, blank), answers, question.Stem.AsSpan(blank + QuestionBuilder.Blank.Length));
    }

    private static string FormatSource(SourceReference source, string? defaultSource)
    {
        var document = source.Document == defaultSource ? "" : source.Document + " > ";
        var line = source.Line is int n ? ", line " + n.ToString(CultureInfo.InvariantCulture) : "";
        return document + source.Section + line;
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            AppendOneLine(text.Append(name).Append(": "), value).Append('\n');
        }
    }

    // The format is line-oriented: a line break inside a value would start a new field or question. The lines of a
    // value are trimmed and joined by spaces, blank ones left out; a value of one line (nearly all) is only trimmed.
    private static StringBuilder AppendOneLine(StringBuilder text, string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0
            ? text.Append(value.AsSpan().Trim())
            : text.AppendJoin(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
