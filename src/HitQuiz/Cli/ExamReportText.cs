using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>The end of a plain exam: the score, the report per section, then every item with its verdict and source.</summary>
internal static class ExamReportText
{
    public static void Write(TextWriter output, ExamResult result, Func<Question, AnswerExplanation> explain)
    {
        output.WriteLine();
        output.WriteLine($"Exam score: {result.Correct}/{result.Items.Count} ({result.Percent:0}%) · {result.Answered} answered" +
            (result.TimedOut ? " · submitted at time-out" : ""));
        output.WriteLine("By section (unanswered items count wrong):");
        foreach (var section in result.Sections)
        {
            output.WriteLine($"  {section.Section}: {section.Correct}/{section.Items} correct ({section.Percent:0}%), {section.Answered} answered");
        }

        output.WriteLine();
        output.WriteLine("Walk-through:");
        foreach (var item in result.Items)
        {
            WriteItem(output, item, explain(item.Question));
        }
    }

    private static void WriteItem(TextWriter output, ExamItemResult item, AnswerExplanation explanation)
    {
        var question = item.Question;
        output.WriteLine();
        output.WriteLine($"Item {item.Number} · {question.SectionName}");
        output.WriteLine(question.Stem);
        PlainText.Options(output, question);
        output.WriteLine(item.Response is { } response ? $"Your answer: {PlainText.Chosen(question, response)}" : "Not answered.");
        output.WriteLine(item.Correct ? "Correct." : $"Incorrect. The answer is: {PlainText.Key(question)}");
        PlainText.Explanation(output, explanation);
    }
}
