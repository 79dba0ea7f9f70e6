using System.Text;

namespace HitQuiz.Questions;

/// <summary>Decides whether a response answers a question correctly.</summary>
public static class AnswerChecker
{
    public static bool IsCorrect(Question question, Response response) => question.Kind switch
    {
        QuestionKind.Cloze => response.Text is { } text && question.Answers.Any(a => TypedAnswer.Matches(a, text)),
        QuestionKind.Numerical => response.Text is { } typed && TypedNumber(typed) is { } value
            && question.Answers.Any(a => NumericAnswer.Parse(a)?.Accepts(value) == true),
        QuestionKind.Matching => response.Chosen.Count == question.Answers.Count
            && ChosenTexts(question, response).SequenceEqual(question.Answers, StringComparer.Ordinal),
        _ => ChosenTexts(question, response).ToHashSet(StringComparer.Ordinal).SetEquals(question.Answers),
    };

    /// <summary>
    /// The option texts a response chose (the typed text for cloze and numerical; for matching the chosen right item
    /// of each left item, in order), as stored with the answer.
    /// </summary>
    public static IReadOnlyList<string> ChosenTexts(Question question, Response response) => question.Kind switch
    {
        _ when question.Kind.IsTyped() => [response.Text ?? ""],
        QuestionKind.Matching => response.Chosen.Select(i => i >= 0 && i < question.Choices.Count ? question.Choices[i] : "").ToList(),
        _ => response.Chosen.Distinct().Where(i => i >= 0 && i < question.Options.Count).Order().Select(i => question.Options[i]).ToList(),
    };

    /// <summary>The 0-based indices of the correct options (none for the typed kinds and matching).</summary>
    public static IReadOnlyList<int> KeyIndices(Question question) => !question.Kind.HasOptions() ? [] :
        question.Options.Select((option, i) => (option, i)).Where(x => question.Answers.Contains(x.option)).Select(x => x.i).ToList();

    /// <summary>
    /// The number a typed answer to a numerical item gives, or null when it gives none: "4" or "four", number words
    /// read as in any typed answer (<see cref="TypedAnswer"/>). Every front end refuses what this refuses.
    /// </summary>
    public static double? TypedNumber(string typed) =>
        NumericAnswer.TryNumber(typed, out var value) || NumericAnswer.TryNumber(TypedAnswer.Canonical(typed), out value) ? value : null;

    /// <summary>
    /// Typed answers compare without case, surrounding punctuation, repeated spaces, or curly quotes,
    /// so "Billing." and "billing" agree; the words themselves must match. Question IDs are derived from this form, so
    /// it stays as it is: grading adds its own readings on top (<see cref="TypedAnswer"/>).
    /// </summary>
    public static string NormaliseTyped(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        var collapsed = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', ' ');
    }
}
