using HitQuiz.Loading;
using HitQuiz.Stats;
using HitQuiz.Storage;

namespace HitQuiz.Cli;

/// <summary>
/// The <c>report</c> verb: item analysis and progress across every learner of one or more databases. The items are
/// every question answered by at least one learner in them, plus the bank's when one is given. A learner name found in several databases is shown as
/// "name (file)" so two people are never merged.
/// </summary>
internal static class ReportCommand
{
    /// <param name="clock">Times the note that the databases are still being read (standard error, after <see cref="SlowNote.Delay"/>).</param>
    public static int Run(IReadOnlyList<string> databases, IReadOnlyDictionary<string, string>? bankSections, string format, TextWriter output, TextWriter error, TimeProvider clock)
    {
        // A database named twice (a.db and ./a.db) is read once: its learners would otherwise count twice.
        databases = [.. databases.DistinctBy(Path.GetFullPath, StringComparer.Ordinal)];
        if (databases.FirstOrDefault(d => !File.Exists(d)) is { } missing)
        {
            error.WriteLine($"hitquiz: no database at {missing}");
            return 1;
        }

        List<(string Database, IReadOnlyList<LearnerItems> Learners)> loaded = [];
        try
        {
            // A year of answers not yet folded into the statistics takes seconds to read: say so.
            using var note = new SlowNote(error, $"Reading the answers in {string.Join(", ", databases.Select(DisplayPath.For))} ...", clock);
            foreach (var path in databases)
            {
                using var store = QuizStore.Open(path);
                loaded.Add((path, store.AllLearnerItems()));
            }
        }
        catch (StoreException e)
        {
            error.WriteLine($"hitquiz: {e.Message}");
            return 1;
        }

        var report = ClassReport.Of(Label(loaded), bankSections);
        if (format == "json")
        {
            ReportJson.Write(databases, report, output);
            return 0;
        }

        output.Write(format == "csv" ? ReportCsv.Write(report) : ReportText.Write(databases, report));
        return 0;
    }

    private static List<LearnerItems> Label(List<(string Database, IReadOnlyList<LearnerItems> Learners)> loaded)
    {
        var clashes = loaded.SelectMany(d => d.Learners).GroupBy(l => l.Learner).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var names = ShortNames([.. loaded.Select(d => d.Database)]);
        return [.. loaded.SelectMany((d, i) => d.Learners.Select(l =>
            clashes.Contains(l.Learner) ? l with { Learner = $"{l.Learner} ({names[i]})" } : l))];
    }

    // Each database by its file name, or with its folder when two share a file name (class1/hitquiz.db), or whole.
    private static List<string> ShortNames(List<string> paths)
    {
        foreach (var name in new Func<string, string>[] { Path.GetFileName, p => $"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(p)))}/{Path.GetFileName(p)}" })
        {
            var names = paths.ConvertAll(p => name(p));
            if (names.Distinct(StringComparer.Ordinal).Count() == names.Count)
            {
                return names;
            }
        }

        return paths.ConvertAll(DisplayPath.For);
    }
}
