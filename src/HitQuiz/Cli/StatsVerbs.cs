using System.CommandLine;
using HitQuiz.Loading;
using HitQuiz.Storage;

namespace HitQuiz.Cli;

/// <summary>The statistics verbs: <c>stats</c> for a learner, <c>report</c> for an instructor, <c>export results</c>.</summary>
internal static class StatsVerbs
{
    public static Command Stats(GlobalOptions options, CliEnvironment env)
    {
        var format = Format("text", "json");
        var command = new Command("stats", "Your progress: answered and accuracy per day, mastery per section, streak, due forecast, weakest items") { format };
        command.SetAction(parse => new StudyStarter(options, env).Run(parse, HitQuizCli.DefaultSessionSize, null,
            context => StatsCommand.Run(context, parse.GetValue(format)!, env.Clock.LocalTimeZone, env.Output), looksOnly: true));
        return command;
    }

    public static Command Report(GlobalOptions options, CliEnvironment env)
    {
        var databases = new Argument<string[]>("DB") { Description = "Learner databases (default: the current one)", Arity = ArgumentArity.ZeroOrMore }.RefusingMistypedOptions();
        var format = Format("text", "csv", "json");
        var command = new Command(
            "report", "Item analysis for instructors across every learner of one or more databases, with mastery out of the whole question bank (see --questions)")
        {
            databases, format,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(databases) is { Length: > 0 } given
                ? given
                : [DatabaseLocation.Resolve(parse.GetValue(options.Database), env.GetEnv)];
            // The bank the trainer and stats read, so that a learner's mastery here is the one they see.
            var questions = QuestionsFolder.Resolve(parse.GetValue(options.Questions), env.GetEnv, Environment.CurrentDirectory, AppContext.BaseDirectory);
            return ReportCommand.Run(paths, questions, !parse.GetValue(options.NoGenerated), parse.GetValue(format)!, env);
        });
        return command;
    }

    /// <summary><c>export</c> with its <c>results</c> subcommand (other exports can be added beside it).</summary>
    public static Command Results(GlobalOptions options, CliEnvironment env)
    {
        var format = Format("csv", "json");
        var file = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (an existing file only with --force)" };
        var force = new Option<bool>("--force") { Description = "Overwrite the -o file if it exists" };
        var command = new Command("results", "Every answer: learner, question, section, verdict, time (only --learner's, if given)") { format, file, force };
        command.SetAction(parse => ExportResults(
            DatabaseLocation.Resolve(parse.GetValue(options.Database), env.GetEnv), parse.GetValue(options.Learner), parse.GetValue(format)!, parse.GetValue(file), parse.GetValue(force), env));
        return command;
    }

    private static int ExportResults(string database, string? learner, string format, string? file, bool force, CliEnvironment env)
    {
        // An existing file, the database itself even, is never written over unless asked.
        if (ReplacingFile.RefusesToReplace(file, force, env.Error))
        {
            return 2;
        }

        if (!File.Exists(database))
        {
            env.Error.WriteLine($"hitquiz: no database at {database}");
            return 1;
        }

        try
        {
            using var store = QuizStore.Open(database);
            int Write(Stream? stream) => format == "json" ? Json(store.AllAnswers(learner), stream, env.Output) : Csv(store.AllAnswers(learner), stream, env.Output);
            var count = 0;
            if (file is null)
            {
                count = Write(null);
            }
            else
            {
                try
                {
                    // Beside the file, then moved into place: an export that fails leaves the earlier one as it was.
                    ReplacingFile.Write(file, stream => count = Write(stream));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    env.Error.WriteLine($"hitquiz: cannot write {DisplayPath.For(file)}: {e.Message}");
                    return 1;
                }
            }

            env.Error.WriteLine($"Exported {count} answer{(count == 1 ? "" : "s")}{(file is null ? "" : " to " + DisplayPath.For(file))}.");
            return 0;
        }
        catch (Exception e) when (e is StoreException or IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"hitquiz: {e.Message}");
            return 1;
        }
    }

    private static int Json(IEnumerable<Sessions.AnswerRecord> answers, Stream? file, TextWriter output)
    {
        if (file is not null)
        {
            return ResultsExport.Json(answers, file);
        }

        using var text = new Utf8TextStream(output);
        return ResultsExport.Json(answers, text);
    }

    private static int Csv(IEnumerable<Sessions.AnswerRecord> answers, Stream? file, TextWriter output)
    {
        using var csv = file is null ? CsvOutput.Writer(output) : CsvOutput.Writer(file);
        return ResultsExport.Csv(answers, csv);
    }

    private static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", formats)}", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
