using HitQuiz.Sessions;

namespace HitQuiz.Cli;

/// <summary>One-line descriptions of a session's result, shared by plain mode and the exit message.</summary>
internal static class SummaryText
{
    public static string Headline(SessionSummary summary) => summary.Answered == 0
        ? "No questions answered."
        : $"Score: {summary.Correct}/{summary.Answered} ({summary.Percent:0}%) in {Duration(summary.Duration)}";

    /// <summary>"0:42", "12:05", "3:30:00"; a day or more still counts hours ("25:30:00").</summary>
    public static string Duration(TimeSpan duration) =>
        duration.TotalHours >= 1 ? $@"{(int)duration.TotalHours}:{duration:mm\:ss}" : duration.ToString(@"m\:ss");

    /// <summary>"1 question", "3 questions".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
