using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

/// <summary>What must survive an export and import: everything a learner sees and is graded on.</summary>
internal static class Sameness
{
    public static string Of(Question q) => string.Join(" ¦ ",
        Kind(q.Kind), q.Stem, string.Join("|", q.Options), string.Join("|", q.Kind == QuestionKind.Numerical ? q.Answers.Select(Range) : q.Answers), string.Join("|", q.Choices),
        q.Topic ?? "-", q.Explanation ?? "-", q.Source?.Document ?? "-", q.Source?.Section ?? "-", q.Source?.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", q.Source?.Evidence ?? "-");

    // Moodle XML keeps a value and a tolerance, so "1..3" comes back as "2:1": the same accepted range.
    private static string Range(string answer) => NumericAnswer.Parse(answer) is { } n ? $"{n.Min}..{n.Max}" : answer;

    // Moodle has no "which is NOT listed" type: it travels as the single-answer multiple choice it is.
    private static string Kind(QuestionKind kind) => (kind == QuestionKind.NotListed ? QuestionKind.MultipleChoice : kind).Name();
}
