using System.Globalization;
using HitQuiz.Stats;

namespace HitQuiz.Cli;

/// <summary>
/// A learner's statistics as plain lines (the <c>stats</c> verb, and the text parts of the statistics screen):
/// every figure is written as a number beside its bar, so nothing depends on colour.
/// </summary>
internal static class StatsText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Headline(LearnerStats stats) => stats.Answered == 0
        ? "No answers yet."
        : $"Answered {stats.Answered.ToString("N0", Invariant)} · {TextBars.Percent(stats.Accuracy)} correct · {stats.MasteredPercent:0}% of the bank mastered";

    public static string StreakLine(Streak streak) =>
        $"Streak: {Days(streak.Current)} (longest {Days(streak.Longest)})";

    public static IEnumerable<string> Sections(LearnerStats stats, int width)
    {
        // Names are shown whole when the line has room, the bar keeping ten cells; only then are they shortened.
        var nameWidth = TextBars.ColumnWidth(stats.Sections.Select(s => s.Section), width - 26);
        var barWidth = Math.Clamp(width - nameWidth - 16, 4, 20);
        return stats.Sections.Select(s =>
            $"{TextBars.Fit(s.Section, nameWidth)} {TextBars.Bar(s.Percent, barWidth)} {s.Percent,4:0}% {s.Mastered,3}/{s.Items}");
    }

    /// <summary>The last <paramref name="days"/> days: answered per day as a bar, with accuracy.</summary>
    public static IEnumerable<string> Recent(LearnerStats stats, int days, int width)
    {
        var recent = stats.Daily.TakeLast(days).ToList();
        var max = Math.Max(1, recent.Max(d => d.Answered));
        var barWidth = Math.Clamp(width - 22, 4, 30);
        return recent.Select(d =>
            $"{d.Day.ToString("MM-dd", Invariant)} {TextBars.Bar(100.0 * d.Answered / max, barWidth)} {d.Answered,5} {TextBars.Percent(d.Accuracy),5}");
    }

    /// <summary>The forecast as a small table: weekday, day of month and count, one column per day.</summary>
    public static IEnumerable<string> Forecast(LearnerStats stats)
    {
        yield return stats.Overdue > 0 ? $"Overdue now: {stats.Overdue}" : "Nothing overdue.";
        yield return "Day " + string.Concat(stats.Forecast.Select(d => d.Day.ToString("ddd", Invariant)[..2].PadLeft(4)));
        yield return "Date" + string.Concat(stats.Forecast.Select(d => d.Day.ToString("dd", Invariant).PadLeft(4)));
        yield return "Due " + string.Concat(stats.Forecast.Select(d => d.Count.ToString(Invariant).PadLeft(4)));
    }

    /// <summary>The study calendar: one row per weekday, one column per week, a shade per day.</summary>
    public static IEnumerable<string> Calendar(LearnerStats stats)
    {
        var max = stats.Calendar.Count == 0 ? 0 : stats.Calendar.Max(d => d.Answered);
        string[] names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        for (var weekday = 0; weekday < 7; weekday++)
        {
            var cells = stats.Calendar.Where((_, i) => i % 7 == weekday).Select(d => TextBars.Shade(d.Answered, max));
            yield return $"{names[weekday]} {string.Concat(cells)}";
        }

        yield return $"    · none  ░▒▓█ more (up to {max} a day)";
    }

    public static string Weak(ItemRecord item, int width) =>
        TextBars.Fit($"{item.QuestionId}  {item.Correct}/{item.Attempts} right ({item.Accuracy * 100:0}%)  {item.Section}", width).TrimEnd();

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
