using HitQuiz.Sessions;
using HitQuiz.Study;

namespace HitQuiz.Tui;

/// <summary>What the main menu shows: who, their totals, what is due, and the readiness estimates.</summary>
internal sealed record MenuModel(
    string Learner,
    LearnerTotals Totals,
    int BankSize,
    int DueToday,
    int New,
    ReadinessEstimate Today,
    DateOnly? ExamDate,
    ReadinessEstimate? OnExamDate,
    IReadOnlyList<string> Notices)
{
    /// <summary>True when the exam date is today: today's estimate is then the exam day's, shown once.</summary>
    public bool ExamIsToday { get; init; }
}
