namespace HitQuiz.Stats;

/// <summary>Daily counts in a time zone, study-calendar windows and streaks.</summary>
public static class StudyDays
{
    public static DateOnly LocalDay(DateTimeOffset time, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, zone).DateTime);

    /// <summary>Answered and correct per local day, for days with answers only.</summary>
    public static IReadOnlyDictionary<DateOnly, DayCount> PerDay(IEnumerable<TimeBucket> buckets, TimeZoneInfo zone)
    {
        var days = new Dictionary<DateOnly, DayCount>();
        foreach (var bucket in buckets)
        {
            var day = LocalDay(bucket.Start, zone);
            var sum = days.GetValueOrDefault(day) ?? new DayCount(day, 0, 0);
            days[day] = sum with { Answered = sum.Answered + bucket.Answered, Correct = sum.Correct + bucket.Correct };
        }

        return days;
    }

    /// <summary>Every day from <paramref name="first"/> to <paramref name="last"/>, zero where nothing was answered.</summary>
    public static IReadOnlyList<DayCount> Range(IReadOnlyDictionary<DateOnly, DayCount> days, DateOnly first, DateOnly last)
    {
        var range = new List<DayCount>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            range.Add(days.GetValueOrDefault(day) ?? new DayCount(day, 0, 0));
        }

        return range;
    }

    /// <summary>The calendar's first day: the Monday <paramref name="weeks"/> − 1 weeks before the week of today.</summary>
    public static DateOnly CalendarStart(DateOnly today, int weeks)
    {
        var sinceMonday = ((int)today.DayOfWeek + 6) % 7;
        return today.AddDays(-sinceMonday - (7 * (Math.Max(1, weeks) - 1)));
    }

    public static Streak StreakOf(IEnumerable<DateOnly> studied, DateOnly today)
    {
        var days = studied.Where(d => d <= today).Distinct().Order().ToList();
        var longest = 0;
        var run = 0;
        for (var i = 0; i < days.Count; i++)
        {
            run = i > 0 && days[i - 1].AddDays(1) == days[i] ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        var last = days.Count == 0 ? (DateOnly?)null : days[^1];
        var alive = last == today || last == today.AddDays(-1);
        return new Streak(alive ? run : 0, longest);
    }
}
