using HitQuiz.Questions;
using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Study;

/// <summary>Questions and cards for study-mode tests.</summary>
internal static class StudyData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly Scheduler Fsrs = new(new SchedulerOptions { EnableFuzzing = false });

    public static Question Mc(string id, string section = "Section A", int options = 4) =>
        new(id, QuestionKind.MultipleChoice, $"Stem of {id}?", [.. Enumerable.Range(0, options).Select(i => i == 0 ? "Right" : $"Wrong {i}")], ["Right"])
        {
            Topic = section,
        };

    public static Question Multi(string id, string section = "Section A") =>
        new(id, QuestionKind.MultipleResponse, "Choose two.", ["A", "B", "C", "D"], ["B", "D"]) { Topic = section };

    public static Question TrueFalse(string id, string section = "Section A") =>
        new(id, QuestionKind.TrueFalse, "True?", ["True", "False"], ["True"]) { Topic = section };

    /// <summary>A review card last seen <paramref name="daysAgo"/> days ago with the given stability, due <paramref name="dueIn"/> from now.</summary>
    public static Card Reviewed(double stability, double daysAgo, TimeSpan dueIn) => new()
    {
        State = CardState.Review,
        Stability = stability,
        Difficulty = 5,
        LastReview = Now.AddDays(-daysAgo),
        Due = Now + dueIn,
    };

    public static IReadOnlyDictionary<string, Card> NoCards { get; } = new Dictionary<string, Card>();
}
