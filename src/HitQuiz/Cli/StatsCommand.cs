using HitQuiz.Stats;

namespace HitQuiz.Cli;

/// <summary>The <c>stats</c> verb: a learner's statistics as a compact text summary or as JSON.</summary>
internal static class StatsCommand
{
    private const int Width = 78;

    public static int Run(StudyContext context, string format, TimeZoneInfo zone, TextWriter output)
    {
        var stats = StatsLoader.Load(context, zone, context.Store.Cards(context.Learner).Values.Select(c => c.Due));
        if (format == "json")
        {
            output.WriteLine(StatsJson.Write(context.Learner, stats));
            return 0;
        }

        foreach (var line in Lines(context.Learner, stats))
        {
            output.WriteLine(line);
        }

        return 0;
    }

    public static IEnumerable<string> Lines(string learner, LearnerStats stats)
    {
        yield return $"HitQuiz statistics · {learner} · {StatsJson.Day(stats.Today)}";
        yield return StatsText.Headline(stats);
        yield return StatsText.StreakLine(stats.Streak);
        foreach (var line in Block("Last 7 days (answered, accuracy)", StatsText.Recent(stats, 7, Width))
            .Concat(Block("Mastery by section (latest answer right)", StatsText.Sections(stats, Width)))
            .Concat(Block("Due in the next 14 days", StatsText.Forecast(stats)))
            .Concat(Block("Study calendar (weeks as columns)", StatsText.Calendar(stats)))
            .Concat(Block("Weakest items", stats.Weakest.Count == 0 ? ["None yet (an item needs 2 attempts)."] : stats.Weakest.Select(i => StatsText.Weak(i, Width)))))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> Block(string title, IEnumerable<string> lines) => ["", title, .. lines.Select(l => "  " + l)];
}
