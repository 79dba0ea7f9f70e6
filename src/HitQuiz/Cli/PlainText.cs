using HitQuiz.Questions;
using HitQuiz.Sessions;

namespace HitQuiz.Cli;

/// <summary>How plain mode writes questions, keys and explanations; shared by practice and the exam walk-through.</summary>
internal static class PlainText
{
    public static void Options(TextWriter output, Question question)
    {
        for (var i = 0; i < question.Options.Count; i++)
        {
            output.WriteLine($"  {i + 1}) {question.Options[i]}");
        }
    }

    public static string Key(Question question) => question.Kind == QuestionKind.Cloze
        ? string.Join(" / ", question.Answers)
        : string.Join("; ", AnswerChecker.KeyIndices(question).Select(i => $"{i + 1}) {question.Options[i]}"));

    public static string Chosen(Question question, Response response) => question.Kind == QuestionKind.Cloze
        ? response.Text ?? ""
        : string.Join("; ", response.Chosen.Order().Select(i => $"{i + 1}) {question.Options[i]}"));

    public static void Explanation(TextWriter output, AnswerExplanation explanation)
    {
        if (explanation.Why is { Length: > 0 } why)
        {
            output.WriteLine($"Why: {why}");
        }

        if (explanation.Passage is { } passage)
        {
            output.WriteLine($"Source: {passage.SectionTitle} ({passage.Document}, lines {passage.FirstLine}-{passage.LastLine})");
            foreach (var evidence in passage.HighlightedText)
            {
                output.WriteLine($"Evidence: \"{evidence}\"");
            }
        }
    }
}
