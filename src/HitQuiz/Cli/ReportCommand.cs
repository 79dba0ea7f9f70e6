using HitQuiz.Loading;
using HitQuiz.Questions;
using HitQuiz.Stats;
using HitQuiz.Storage;

namespace HitQuiz.Cli;

/// <summary>
/// The <c>report</c> verb: item analysis and progress across every learner of one or more databases. Mastery counts
/// every question of the bank (the questions folder the trainer reads) plus any other answered in the databases;
/// without a bank only the questions answered, and the report says so. A learner name found in several databases is
/// shown as "name (file)" so two people are never merged.
/// </summary>
internal static class ReportCommand
{
    /// <param name="questions">The questions folder, or null when none was found.</param>
    /// <param name="generated">Whether the bank includes the questions generated from its source documents.</param>
    public static int Run(IReadOnlyList<string> databases, string? questions, bool generated, string format, CliEnvironment env)
    {
        var (output, error, clock) = (env.Output, env.Error, env.Clock);

        // A database named twice (a.db and ./a.db) is read once: its learners would otherwise count twice.
        databases = [.. databases.DistinctBy(Path.GetFullPath, StringComparer.Ordinal)];
        if (databases.FirstOrDefault(d => !File.Exists(d)) is { } missing)
        {
            error.WriteLine($"hitquiz: no database at {missing}");
            return 1;
        }

        // A mistyped --questions must not quietly turn mastery into a share of the questions answered.
        if (questions is not null && !Directory.Exists(questions))
        {
            error.WriteLine($"hitquiz: no questions folder at {DisplayPath.For(questions)}");
            return 1;
        }

        var bank = questions is null ? null : LoadBank(questions, generated, env);
        foreach (var skipped in bank?.Skipped ?? [])
        {
            error.WriteLine($"{skipped} (its questions are not counted; run 'hitquiz check')");
        }

        var bankSections = bank?.Sections;

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
            ReportJson.Write(databases, questions, report, output);
            return 0;
        }

        output.Write(format == "csv" ? ReportCsv.Write(report) : ReportText.Write(databases, report, questions is null ? null : DisplayPath.For(questions)));
        return 0;
    }

    /// <summary>
    /// Question id → section for the bank, and its skipped files, read as the trainer reads them (same generated
    /// questions, same cache), or kept from an earlier report while no file of the bank has changed.
    /// </summary>
    private static BankSections LoadBank(string questions, bool generated, CliEnvironment env) =>
        BankSectionsCache.Default(env.GetEnv).GetOrLoad(questions, generated, () =>
        {
            LoadedBank bank;
            using (new SlowNote(env.Error, $"Loading the questions in {DisplayPath.For(questions)} ...", env.Clock))
            {
                bank = BankLoader.Load(
                    questions,
                    generate: generated,
                    cache: GeneratedBankCache.Default(env.GetEnv),
                    generating: StudyStarter.Progress(env),
                    authoredCache: AuthoredBankCache.Default(env.GetEnv));
            }

            // Read from each question's summary: a packed bank is not unpacked question by question for this.
            var sections = new Dictionary<string, string>(bank.Questions.Count, StringComparer.Ordinal);
            for (var i = 0; i < bank.Questions.Count; i++)
            {
                var question = QuestionSummary.At(bank.Questions, i);
                sections.TryAdd(question.Id, question.SectionName);
            }

            return new BankSections(sections, [.. bank.Skipped.Select(s => s.Reason)]);
        });

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
