using HitQuiz.Questions;
using HitQuiz.Sessions;

namespace HitQuiz.Cli;

/// <summary>How plain mode writes questions, keys and explanations; shared by practice and the exam walk-through.</summary>
internal static class PlainText
{
    public static void Options(TextWriter output, Question question)
    {
        foreach (var line in PlainOptions.Lines(question))
        {
            output.WriteLine(line);
        }
    }

    public static string Key(Question question) => AnswerKey.Describe(question);

    public static string Chosen(Question question, Response response) => question.Kind switch
    {
        _ when question.Kind.IsTyped() => response.Text ?? "",
        QuestionKind.Matching => string.Join("; ", response.Chosen.Select((c, i) =>
            $"{question.Options[i]} → {AnswerKey.Letter(c)}) {(c >= 0 && c < question.Choices.Count ? question.Choices[c] : "?")}")),
        _ => string.Join("; ", response.Chosen.Order().Select(i => $"{i + 1}) {question.Options[i]}")),
    };

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
