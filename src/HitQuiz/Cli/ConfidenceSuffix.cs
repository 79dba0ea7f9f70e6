using HitQuiz.Questions;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>
/// Plain mode keeps one line per question, so the learner says a correct answer was a guess or easy with a last
/// word on the answer line: "2 h" or "2 e" for choice questions (no option is ever lettered h or e: letters are
/// only used up to four options), "/h" or "/e" after a typed answer, whose words could be anything.
/// </summary>
internal static class ConfidenceSuffix
{
    public static (string Answer, Confidence? Confidence) Split(Question question, string line)
    {
        var text = line.TrimEnd();
        var space = text.LastIndexOf(' ');
        if (space <= 0)
        {
            return (line, null);
        }

        var confidence = (question.Kind, text[(space + 1)..].ToLowerInvariant()) switch
        {
            (_, "/h") => Confidence.Guessed,
            (_, "/e") => Confidence.Easy,
            (not QuestionKind.Cloze, "h") => Confidence.Guessed,
            (not QuestionKind.Cloze, "e") => Confidence.Easy,
            _ => (Confidence?)null,
        };
        return confidence is null ? (line, null) : (text[..space], confidence);
    }

    /// <summary>The prompt with how to add the suffix.</summary>
    public static string Prompt(Question question)
    {
        var prompt = PlainAnswerParser.Prompt(question).TrimEnd(':');
        return question.Kind == QuestionKind.Cloze
            ? $"{prompt} (end with /h if you guessed, /e if it was easy):"
            : $"{prompt}; add h if you guessed, e if it was easy:";
    }
}
