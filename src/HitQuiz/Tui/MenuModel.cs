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
    IReadOnlyList<string> Notices);
