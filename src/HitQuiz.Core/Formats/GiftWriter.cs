using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Writes questions as GIFT that Moodle and <see cref="GiftParser"/> read back: the id as "::title::", the topic as
/// "$CATEGORY:", the explanation and source reference as general feedback ("####"), special characters escaped.
/// A "not listed" question is written as multiple choice, which is what it is to Moodle.
/// </summary>
public static partial class GiftWriter
{
    public static string Write(IEnumerable<Question> questions)
    {
        using var text = new StringWriter();
        Write(questions, text);
        return text.ToString();
    }

    /// <summary>Writes the questions one at a time, so a large bank never sits in memory as one text.</summary>
    public static void Write(IEnumerable<Question> questions, TextWriter output)
    {
        var text = new StringBuilder("// Exported from HitQuiz.\n");
        var first = true;
        string? topic = null;
        foreach (var question in questions)
        {
            if (first || question.Topic != topic)
            {
                text.Append('\n').Append(GiftParser.Category(question.Topic)).Append('\n');
                topic = question.Topic;
                first = false;
            }

            text.Append('\n');
            WriteQuestion(text, question);
            output.Write(text);
            text.Clear();
        }

        output.Write(text);
    }

    private static void WriteQuestion(StringBuilder text, Question question)
    {
        text.Append("::").Append(GiftText.Escape(question.Id)).Append("::");
        var block = Block(question);
        var blank = question.Kind == QuestionKind.Cloze ? question.Stem.IndexOf(QuestionBuilder.Blank, StringComparison.Ordinal) : -1;
        if (blank != 0 && GiftItemReader.StartsWithFormatTag(question.Stem))
        {
            // A text that starts like "[html]" is text only after a format tag of its own: Moodle's default one.
            text.Append("[moodle]");
        }

        if (blank < 0)
        {
            text.Append(GiftText.Escape(question.Stem)).Append(' ').Append(block);
        }
        else
        {
            text.Append(GiftText.Escape(question.Stem[..blank])).Append(block).Append(GiftText.Escape(question.Stem[(blank + QuestionBuilder.Blank.Length)..]));
        }

        text.Append('\n');
    }

    private static string Block(Question question)
    {
        var lines = question.Kind switch
        {
            QuestionKind.TrueFalse => [question.Answers.FirstOrDefault() == "True" ? "TRUE" : "FALSE"],
            QuestionKind.Cloze => question.Answers.Select(a => "=" + Weighed("%100%", GiftText.Escape(a))).ToList(),
            QuestionKind.Numerical => question.Answers.Count == 1 ? ["#" + question.Answers[0]] : ["#", .. question.Answers.Select(a => "=" + a)],
            QuestionKind.Matching => Pairs(question),
            _ => Options(question),
        };
        if (FeedbackText.Compose(question) is { } feedback)
        {
            lines.Add("####" + GiftText.Escape(feedback));
        }

        return "{\n\t" + string.Join("\n\t", lines) + "\n}";
    }

    private static List<string> Pairs(Question question)
    {
        var pairs = question.Options.Select((left, i) => $"={GiftText.Escape(left)} -> {GiftText.Escape(question.Answers[i])}").ToList();
        pairs.AddRange(question.Choices.Where(c => !question.Answers.Contains(c)).Select(c => "= -> " + GiftText.Escape(c)));
        return pairs;
    }

    // Several keys share 100% equally and wrong options take -100%, as Moodle's multiple-answer questions do.
    private static List<string> Options(Question question)
    {
        if (question.Kind != QuestionKind.MultipleResponse)
        {
            return question.Options.Select(o => question.Answers.Contains(o) ? "=" + GiftText.Escape(o) : "~" + Weighed("%0%", GiftText.Escape(o))).ToList();
        }

        var share = (100.0 / Math.Max(1, question.Answers.Count)).ToString("0.#####", CultureInfo.InvariantCulture);
        return question.Options.Select(o => (question.Answers.Contains(o) ? $"~%{share}%" : "~%-100%") + GiftText.Escape(o)).ToList();
    }

    // An answer starting like a weight ("%50%…") would lose that start as its weight where a weight is read (a short
    // answer's or a wrong option's): the answer's own weight written before it keeps it text.
    private static string Weighed(string weight, string answer) => WeightLike().IsMatch(answer) ? weight + answer : answer;

    [GeneratedRegex(@"^%[-.\d]*%")]
    private static partial Regex WeightLike();
}
