using System.Text.RegularExpressions;
using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// The order an imported choice question's options are written in. GIFT, Aiken and Moodle show options shuffled, and
/// their files usually give the correct one first; a quiz file shows options in the order written, so an import that
/// kept that order would put the key first every time. Options are written instead in a stable order seeded by the
/// question's id, as generated questions are (see <see cref="OptionOrder"/>), unless one of them refers to the others
/// ("All of the above", "Both A and B"): that only reads right where its author put it. A Moodle question that turns
/// shuffling off is written as it is (see <see cref="ImportedQuestion.KeepsOrder"/>).
/// </summary>
public static partial class ImportedOrder
{
    [GeneratedRegex(@"\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?(?:above|below|these|them|those)\b|\b(?:both|only)\s+[a-e]\s+and\s+[a-e]\b|\b[a-e]\s+and\s+[a-e]\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefersToOthers();

    public static Question Arrange(Question question)
    {
        if (question.Kind is not (QuestionKind.MultipleChoice or QuestionKind.MultipleResponse or QuestionKind.NotListed)
            || question.Options.Any(o => RefersToOthers().IsMatch(o)))
        {
            return question;
        }

        var keys = question.Kind == QuestionKind.MultipleResponse ? question.Answers : [question.Answers[0]];
        var others = question.Options.Where(o => !keys.Contains(o, StringComparer.Ordinal)).ToList();
        var arranged = OptionOrder.Arrange(question.Id, keys, others);
        return arranged.Count == question.Options.Count ? question with { Options = arranged } : question;
    }
}
