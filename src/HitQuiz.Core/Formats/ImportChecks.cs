using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// The rules an imported question must meet to be asked (the same as for <c>*.quiz.md</c> files); a question that
/// breaks one is reported and left out.
/// </summary>
internal static class ImportChecks
{
    /// <returns>Why the question cannot be asked, or null when it can.</returns>
    public static string? Reason(Question q)
    {
        var keys = q.Options.Count(q.Answers.Contains);
        return q switch
        {
            { Stem.Length: 0 } => "has no question text",
            _ when q.Options.Any(o => o.Length == 0) => "has an empty answer",
            _ when q.Options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != q.Options.Count => "repeats an answer",
            { Kind: QuestionKind.MultipleChoice } when q.Options.Count < 2 => "has fewer than 2 answers",
            { Kind: QuestionKind.MultipleChoice } when keys != 1 => keys == 0 ? "has no correct answer" : "has more than one correct answer",
            { Kind: QuestionKind.MultipleResponse } when keys < 2 || keys == q.Options.Count => "needs at least 2 correct answers and 1 wrong one",
            { Kind: QuestionKind.TrueFalse } when q.Answers.Count != 1 => "has no true/false answer",
            { Kind: QuestionKind.Cloze } when q.Answers.Count == 0 || q.Answers.Any(a => a.Trim().Length == 0) => "has no accepted answer",
            { Kind: QuestionKind.Cloze } when q.Answers.Any(a => a.Contains('|', StringComparison.Ordinal)) => "has an accepted answer containing \"|\"",
            { Kind: QuestionKind.Numerical } when q.Answers.Count == 0 => "has no correct value",
            { Kind: QuestionKind.Numerical } when q.Answers.Any(a => NumericAnswer.Parse(a) is null) => "has a value that is not a number, tolerance or range",
            { Kind: QuestionKind.Matching } => MatchingReason(q),
            _ => null,
        };
    }

    private static string? MatchingReason(Question q) => q switch
    {
        _ when q.Options.Count < 2 => "has fewer than 2 pairs",
        _ when q.Answers.Count != q.Options.Count || q.Answers.Any(a => a.Length == 0) => "has a pair with no right item",
        _ when q.Options.Concat(q.Choices).Any(t => t.Contains("->", StringComparison.Ordinal)) => "has \"->\" inside a matching item",
        _ => null,
    };
}
