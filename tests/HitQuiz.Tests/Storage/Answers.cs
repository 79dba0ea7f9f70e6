using HitQuiz.Sessions;

namespace HitQuiz.Storage;

/// <summary>Sample answers for storage tests.</summary>
internal static class Answers
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 30, 0, 123, TimeSpan.Zero);

    public static AnswerRecord Of(string learner, string question, bool correct, DateTimeOffset at, params string[] chosen) =>
        new(learner, question, chosen.Length == 0 ? ["a"] : chosen, correct, TimeSpan.FromMilliseconds(4321.5), at, 1, "Duties");

    /// <summary>An exam item left unanswered when the exam was submitted: stored with nothing chosen, scored wrong.</summary>
    public static AnswerRecord Unanswered(string learner, string question, DateTimeOffset at) =>
        new(learner, question, [], false, TimeSpan.Zero, at, 1, "Duties");
}
