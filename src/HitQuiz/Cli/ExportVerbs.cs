using System.CommandLine;
using System.IO.Compression;
using HitQuiz.Formats;
using HitQuiz.Loading;

namespace HitQuiz.Cli;

/// <summary>
/// The <c>export</c> command and its <c>export questions</c> subcommand (GIFT, Moodle XML, or a QTI 2.1 or 1.2 zip).
/// Other subcommands (like <c>export results</c>) are passed to <see cref="Create"/>.
/// </summary>
internal static class ExportVerbs
{
    public static Command Create(GlobalOptions options, CliEnvironment env, params Command[] more)
    {
        var export = new Command("export", "Export questions (and other data) for other programs");
        export.Subcommands.Add(Questions(options, env));
        foreach (var command in more)
        {
            export.Subcommands.Add(command);
        }

        return export;
    }

    private static Command Questions(GlobalOptions options, CliEnvironment env)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Question files or folders (default: the questions folder)", Arity = ArgumentArity.ZeroOrMore }.RefusingMistypedOptions();
        var format = new Option<string?>("--format") { Description = "gift, moodle-xml, qti (QTI 2.1) or qti12 (QTI 1.2, for Canvas, Blackboard and D2L); the QTI formats are zip packages. By default, as the -o file's extension says (.gift, .xml, .zip for QTI 2.1)" };
        format.AcceptOnlyFromAmong("gift", "moodle-xml", "qti", "qti12");
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: stdout; required for qti and qti12; an existing file only with --force)" };
        var force = new Option<bool>("--force") { Description = "Overwrite the -o file if it exists" };
        var command = new Command("questions", "Export a question bank as GIFT, Moodle XML or an IMS QTI 2.1 or 1.2 package") { paths, format, output, force };
        command.SetAction(parse =>
        {
            var root = QuestionsFolder.Resolve(parse.GetValue(options.Questions), env.GetEnv, Environment.CurrentDirectory, AppContext.BaseDirectory)
                ?? Path.GetFullPath(QuestionsFolder.Name);
            return Run(root, parse.GetValue(paths) ?? [], parse.GetValue(format), parse.GetValue(output), env, !parse.GetValue(options.NoGenerated), parse.GetValue(force));
        });
        return command;
    }

    public static int Run(string root, IReadOnlyList<string> paths, string? given, string? output, CliEnvironment env, bool generated = true, bool force = false)
    {
        (root, paths) = QuestionsFolder.BankOf(root, paths);

        // "export questions bank.gift" names the file to write where a question path goes.
        if (output is null && paths.FirstOrDefault(p => FormatOf(p) is not null && !File.Exists(p) && !Directory.Exists(p)) is { } meant)
        {
            env.Error.WriteLine($"hitquiz: {meant} is not a question file or folder; to write the bank to it, use -o {meant}.");
            return 2;
        }

        if ((given ?? FormatOf(output)) is not { } format)
        {
            env.Error.WriteLine("hitquiz: say which format with --format gift, moodle-xml, qti or qti12, or name an -o file ending .gift, .xml or .zip.");
            return 2;
        }

        if (format is "qti" or "qti12" && output is null)
        {
            env.Error.WriteLine("hitquiz: a QTI package is a zip file; name it with -o, like -o bank.zip.");
            return 2;
        }

        // An existing file (a learner's database, an edited export) is never written over unless asked.
        if (ReplacingFile.RefusesToReplace(output, force, env.Error))
        {
            return 2;
        }

        LoadedBank bank;
        using (new SlowNote(env.Error, $"Loading the questions in {(paths.Count == 0 ? DisplayPath.For(root) : string.Join(", ", paths.Select(DisplayPath.For)))} ...", env.Clock))
        {
            bank = BankLoader.Load(
                root, paths.Count == 0 ? null : paths, generate: generated && paths.Count == 0, cache: GeneratedBankCache.Default(env.GetEnv), generating: StudyStarter.Progress(env));
        }

        foreach (var skipped in bank.Skipped)
        {
            env.Error.WriteLine($"{skipped.Reason} (file not exported; run 'hitquiz check')");
        }

        // Nothing to export (every file named was missing or broken): an earlier export under that name is kept.
        if (bank.Questions.Count == 0)
        {
            env.Error.WriteLine($"hitquiz: no question to export{(output is null ? "." : $"; {DisplayPath.For(output)} was not written.")}");
            return 1;
        }

        try
        {
            Write(bank.Questions, format, output, env);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"hitquiz: cannot write {output}: {e.Message}");
            return 1;
        }

        env.Error.WriteLine($"Exported {bank.Questions.Count} question{(bank.Questions.Count == 1 ? "" : "s")}{(output is null ? "" : " to " + DisplayPath.For(output))}.");
        return bank.Skipped.Count == 0 ? 0 : 1;
    }

    // The format an output file's name implies, if it implies one.
    private static string? FormatOf(string? output) => Path.GetExtension(output ?? "").ToLowerInvariant() switch
    {
        ".gift" => "gift",
        ".xml" => "moodle-xml",
        ".zip" => "qti",
        _ => null,
    };

    private static void Write(IReadOnlyList<Questions.Question> questions, string format, string? output, CliEnvironment env)
    {
        if (format is "qti" or "qti12")
        {
            WriteZip(output!, format == "qti" ? QtiWriter.Entries(questions) : Qti12Writer.Entries(questions, Path.GetFileNameWithoutExtension(output!)));
            return;
        }

        // Written a question at a time: a bank of 100,000 questions is a text of some 100 MB.
        if (output is null)
        {
            if (format == "gift")
            {
                GiftWriter.Write(questions, env.Output);
            }
            else
            {
                MoodleXmlWriter.Write(questions, env.Output);
            }

            return;
        }

        // Beside the file, then moved into place: an export that fails leaves the earlier one as it was.
        if (format == "gift")
        {
            ReplacingFile.WriteText(output, text => GiftWriter.Write(questions, text));
        }
        else
        {
            ReplacingFile.Write(output, file => MoodleXmlWriter.Write(questions, file));
        }
    }

    // Each file is written into its entry as the package is made: a bank of 100,000 questions never sits in memory as text.
    private static void WriteZip(string path, IEnumerable<PackageEntry> files) => ReplacingFile.Write(path, stream =>
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var file in files)
        {
            using var entry = zip.CreateEntry(file.Path).Open();
            file.WriteTo(entry);
        }
    });
}
