using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Whether a generated question asks what an authored one already asks. Both cite the same sentence of a source, and
/// they turn on the same value: they share an answer or an option, or one's stem states a value the other asks about
/// (which gives that one away), or both are true/false statements of the sentence. Other facts of the same sentence
/// are not the same question.
/// </summary>
public static class AuthoredOverlap
{
    public static bool AsksTheSame(Question generated, Question authored)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(authored);
        if (generated.Source?.Evidence is not { } one || authored.Source?.Evidence is not { } other
            || Words.Normalize(one) is not { Length: > 0 } sentence || sentence != Words.Normalize(other))
        {
            return false;
        }

        if (generated.Kind == QuestionKind.TrueFalse && authored.Kind == QuestionKind.TrueFalse)
        {
            return true;
        }

        var (generatedValues, authoredValues) = (Values(generated), Values(authored));
        return generatedValues.Any(g => authoredValues.Any(a => Words.SameText(g, a)))
            || authoredValues.Any(a => States(generated.Stem, a))
            || generatedValues.Any(g => States(authored.Stem, g));
    }

    // What the question asks the learner to pick or type: its options, or its accepted answers when it has none.
    private static List<string> Values(Question question) => question.Kind switch
    {
        QuestionKind.TrueFalse => [],
        QuestionKind.Cloze => [.. question.Answers],
        QuestionKind.Numerical => [.. question.Answers.SelectMany(NumericValues)],
        QuestionKind.Matching => [.. question.Options, .. question.Choices],
        _ => [.. question.Options],
    };

    // "1822:2" (a tolerance) and "1..5" (a range) ask about the numbers written.
    private static IEnumerable<string> NumericValues(string answer) =>
        answer.Split(':')[0].Split("..", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // A number is stated when the stem has the same quantity in any form ("21 percent" states "21%"), other values as
    // whole words.
    private static bool States(string stem, string value) =>
        QuantityReader.Read(value) is [{ } number] && number.Text.Length >= value.Trim().Length - 1
            ? QuantityReader.Read(stem).Any(q => q.Value == number.Value && q.Unit == number.Unit)
            : Words.ContainsPhrase(stem, value);
}
