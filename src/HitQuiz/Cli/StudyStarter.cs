using System.CommandLine;
using HitQuiz.Loading;
using HitQuiz.Sessions;
using HitQuiz.Storage;

namespace HitQuiz.Cli;

/// <summary>
/// Prepares a study session for any front end: finds and loads the bank (a broken file is skipped and reported,
/// never fatal), opens the learner's database, and hands a <see cref="StudyContext"/> to the front end.
/// </summary>
internal sealed class StudyStarter(GlobalOptions options, CliEnvironment env)
{
    /// <param name="looksOnly">
    /// For a verb that only shows what is recorded (<c>stats</c>): a database that does not exist is named as missing
    /// rather than created (a mistyped <c>--db</c> must not look like a learner with no history), and the learner is
    /// not added to it.
    /// </param>
    public int Run(ParseResult parse, int count, int? seed, Func<StudyContext, int> frontEnd, bool looksOnly = false)
    {
        var root = QuestionsFolder.Resolve(
            parse.GetValue(options.Questions), env.GetEnv, Environment.CurrentDirectory, AppContext.BaseDirectory);
        if (root is null)
        {
            return Fail("hitquiz: no questions folder found here or above the program; pass --questions DIR.");
        }

        var path = DatabaseLocation.Resolve(parse.GetValue(options.Database), env.GetEnv);
        if (looksOnly && !File.Exists(path))
        {
            return Fail($"hitquiz: no database at {path}; practice creates it.");
        }

        try
        {
            using var store = QuizStore.Open(path);
            var learner = parse.GetValue(options.Learner)?.Trim() is { Length: > 0 } name ? name : DatabaseLocation.DefaultLearner(env.GetEnv);
            if (!looksOnly)
            {
                store.GetOrAddLearner(learner, env.Clock.GetUtcNow());
            }

            var random = seed is int s ? new Random(s) : new Random();
            var closed = ExamSaving.CloseUnfinished(store, StudyPlanning.Scheduler(random));

            // Reading a large learner's cards takes tens of milliseconds: do it while the bank loads.
            var cards = Task.Run(() => store.Cards(learner));
            // Reading a bank of many thousands of questions, or generating from a long document, takes seconds before
            // the trainer can draw anything: say what is happening.
            LoadedBank bank;
            using (new SlowNote(env.Error, $"Loading the questions in {root} ...", env.Clock))
            {
                bank = BankLoader.Load(
                    root,
                    generate: !parse.GetValue(options.NoGenerated),
                    cache: GeneratedBankCache.Default(env.GetEnv),
                    generating: Progress(env),
                    authoredCache: AuthoredBankCache.Default(env.GetEnv));
            }

            cards.GetAwaiter().GetResult();
            var context = new StudyContext(
                store, learner, bank.Questions, q => ExplanationBuilder.Build(q, bank.Sources), [.. closed, .. Notices(bank)], env.Clock, random, count);
            return frontEnd(context);
        }
        catch (StoreException e)
        {
            return Fail($"hitquiz: {e.Message}");
        }
    }

    /// <summary>Says on standard error which document's questions are being generated: it can take seconds.</summary>
    public static Action<Sources.SourceDocument> Progress(CliEnvironment env) =>
        d => env.Error.WriteLine($"Generating questions from {d.Name} (once for each version of it) ...");

    // A reason names its file and line already (file:line: message).
    private static List<string> Notices(LoadedBank bank) => bank.Skipped.Select(s => $"Skipped {s.Reason}").ToList();

    private int Fail(string message)
    {
        env.Error.WriteLine(message);
        return 1;
    }
}
