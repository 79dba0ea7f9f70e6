using System.Text.RegularExpressions;
using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// The order an imported choice question's options are written in. GIFT, Aiken and Moodle show options shuffled, and
/// their files usually give the correct one first; a quiz file shows options in the order written, so an import that
/// kept that order would put the key first every time. Options are written instead in a stable order seeded by the
/// question's id, as generated questions are (see <see cref="OptionOrder"/>). Options about the others ("All of the
/// above", "None of these") written last stay last, and the options above them are shuffled; an option that names
/// others by letter ("Both A and B"), or one about the others anywhere else, only reads right where its author put
/// it, so such a question keeps its written order. A Moodle question that turns shuffling off is written as it is
/// (see <see cref="ImportedQuestion.KeepsOrder"/>).
/// </summary>
public static partial class ImportedOrder
{
    [GeneratedRegex(@"\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?(?:above|below|these|them|those)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheOthers();

    [GeneratedRegex(@"\b(?:both|only)\s+[a-e]\s+and\s+[a-e]\b|\b[a-e]\s+and\s+[a-e]\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesOthersByLetter();

    public static Question Arrange(Question question)
    {
        if (question.Kind is not (QuestionKind.MultipleChoice or QuestionKind.MultipleResponse or QuestionKind.NotListed)
            || question.Options.Any(o => NamesOthersByLetter().IsMatch(o)))
        {
            return question;
        }

        // The options about the others that close the list stay where they are; any other one keeps the whole order.
        var trailing = question.Options.Reverse().TakeWhile(o => AboutTheOthers().IsMatch(o)).Count();
        var movable = question.Options.Take(question.Options.Count - trailing).ToList();
        if (movable.Any(o => AboutTheOthers().IsMatch(o)) || movable.Count < 2)
        {
            return question;
        }

        var keys = (question.Kind == QuestionKind.MultipleResponse ? question.Answers : [question.Answers[0]])
            .Where(k => movable.Contains(k, StringComparer.Ordinal)).ToList();
        var others = movable.Where(o => !keys.Contains(o, StringComparer.Ordinal)).ToList();
        var arranged = OptionOrder.Arrange(question.Id, keys, others).Concat(question.Options.Skip(movable.Count)).ToList();
        return arranged.Count == question.Options.Count ? question with { Options = arranged } : question;
    }
}
