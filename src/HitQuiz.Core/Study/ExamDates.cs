namespace HitQuiz.Study;

/// <summary>Exam dates as learners give them: today or later, on the learner's own calendar.</summary>
public static class ExamDates
{
    /// <summary>Why the date cannot be the learner's exam date (it has passed), or null when it can.</summary>
    public static string? Problem(DateOnly date, DateOnly today) =>
        date < today ? $"{date:yyyy-MM-dd} has passed; give the date of your exam, today or later." : null;

    /// <summary>The date where the learner is.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
}
