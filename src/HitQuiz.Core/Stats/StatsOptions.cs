namespace HitQuiz.Stats;

/// <summary>How far back and forward the learner statistics look.</summary>
public sealed record StatsOptions(int DailyDays = 30, int CalendarWeeks = 12, int ForecastDays = 14, int WeakestCount = 10, int WeakMinimumAttempts = 2)
{
    public static readonly StatsOptions Default = new();
}
