namespace HitQuiz.Stats;

/// <summary>
/// Runs of consecutive local days with at least one answer. The current run still counts when today has no answer
/// yet but yesterday had (the day is not over).
/// </summary>
public sealed record Streak(int Current, int Longest);
