namespace HitQuiz.Stats;

/// <summary>How many items fall due on each of the coming days, from their due dates.</summary>
public static class DueForecast
{
    /// <summary>
    /// One entry per local day from today for <paramref name="days"/> days; items already overdue are counted apart,
    /// so today's figure is what newly falls due today.
    /// </summary>
    public static (IReadOnlyList<DueDay> Days, int Overdue) Of(IEnumerable<DateTimeOffset> due, DateTimeOffset now, TimeZoneInfo zone, int days)
    {
        var today = StudyDays.LocalDay(now, zone);
        var counts = new int[Math.Max(0, days)];
        var overdue = 0;
        foreach (var time in due)
        {
            if (time <= now)
            {
                overdue++;
                continue;
            }

            var offset = StudyDays.LocalDay(time, zone).DayNumber - today.DayNumber;
            if (offset < counts.Length)
            {
                counts[offset]++;
            }
        }

        return ([.. counts.Select((n, i) => new DueDay(today.AddDays(i), n))], overdue);
    }
}
