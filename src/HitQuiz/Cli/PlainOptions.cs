using HitQuiz.Questions;

namespace HitQuiz.Cli;

/// <summary>The lines under a question's text in plain mode: numbered options, or for matching the numbered items and lettered choices.</summary>
internal static class PlainOptions
{
    public static IEnumerable<string> Lines(Question question)
    {
        for (var i = 0; i < question.Options.Count; i++)
        {
            yield return $"  {i + 1}) {question.Options[i]}";
        }

        if (question.Kind != QuestionKind.Matching)
        {
            yield break;
        }

        yield return "  Choices:";
        for (var i = 0; i < question.Choices.Count; i++)
        {
            yield return $"  {AnswerKey.Letter(i)}) {question.Choices[i]}";
        }
    }
}
