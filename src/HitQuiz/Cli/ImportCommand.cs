using System.CommandLine;
using HitQuiz.Formats;
using HitQuiz.Loading;
using HitQuiz.Questions;

namespace HitQuiz.Cli;

/// <summary>
/// The <c>import</c> verb: reads GIFT, Aiken, Moodle XML or QTI 1.2 files (a QTI zip package too) and writes the questions as a <c>*.quiz.md</c>
/// file (<c>-o</c>), as the common JSON shape (<c>--format json</c>, one object per file), or as quiz text on stdout.
/// Problems go to stderr as <c>file:line: message</c>; exit code 1 when any item or file had an error.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var files = new Argument<string[]>("FILE") { Description = "GIFT, Aiken, Moodle XML or QTI 1.2 files (.xml, or the .zip package an LMS exports)", Arity = ArgumentArity.OneOrMore }.RefusingMistypedOptions();
        var output = new Option<string?>("--output", "-o") { Description = "Write the questions to this *.quiz.md file" };
        var format = new Option<string>("--format") { Description = "Output format: quiz (default) or json" };
        format.AcceptOnlyFromAmong("quiz", "json");
        var force = new Option<bool>("--force") { Description = "Overwrite the -o file if it exists" };
        var from = new Option<string?>("--from") { Description = "The input format when telling it from the content fails: gift, aiken, moodle-xml or qti (QTI 1.2)" };
        from.AcceptOnlyFromAmong("gift", "aiken", "moodle-xml", "qti");
        var command = new Command("import", "Import questions from GIFT, Aiken, Moodle XML or QTI 1.2 (Canvas, Blackboard, D2L); reports every item it cannot use") { files, output, format, force, from };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(output), parse.GetValue(format) == "json", parse.GetValue(force), env, Format(parse.GetValue(from))));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, string? outputPath, bool json, bool force, CliEnvironment env, ImportFormat? from = null)
    {
        if (ReplacingFile.RefusesToReplace(outputPath, force, env.Error))
        {
            return 2;
        }

        var failed = false;
        var imported = new List<Question>();
        foreach (var file in files)
        {
            // A file of many thousands of questions takes seconds to read: say so if it is still being read.
            using (new SlowNote(env.Error, $"Importing {DisplayPath.For(file)} ...", env.Clock))
            {
                failed |= !ImportOne(file, json, from, imported, env);
            }
        }

        using (new SlowNote(env.Error, $"Checking and writing {Count(imported.Count, "question")} ...", env.Clock))
        {
            return Save(imported, files, outputPath, json, env) && !failed ? 0 : 1;
        }
    }

    /// <returns>False when the file or any of its items had an error.</returns>
    private static bool ImportOne(string file, bool json, ImportFormat? from, List<Question> imported, CliEnvironment env)
    {
        if (QtiPackageReader.IsPackage(file))
        {
            var (assessments, failure) = QtiPackageReader.Read(file);
            if (failure is not null)
            {
                env.Error.WriteLine(failure);
                return false;
            }

            // One assessment (a quiz) takes its ids from the package's name; several (a course) each from their own.
            var package = DisplayPath.For(file);
            return assessments.Aggregate(true, (ok, a) =>
                Report(a.Shown, Qti12Parser.Parse(a.Shown, a.Text, assessments.Count == 1 ? package : null), json, imported, env) && ok);
        }

        var (text, error) = ImportFileReader.Read(file);
        if (text is null)
        {
            env.Error.WriteLine(error);
            return false;
        }

        var shown = DisplayPath.For(file);
        return Report(shown, QuestionImporter.Import(shown, text, from), json, imported, env);
    }

    private static bool Report(string shown, ImportResult result, bool json, List<Question> imported, CliEnvironment env)
    {
        result.Problems.ToList().ForEach(p => env.Error.WriteLine(p.ToString()));
        // A quiz file shows options in the order written; the formats imported show them shuffled unless told not to.
        var savable = json ? result.Questions : result.Items.Select(i => i.KeepsOrder ? i.Question : ImportedOrder.Arrange(i.Question)).Where(q => Savable(q, env)).ToList();
        imported.AddRange(json ? savable : Unrepeated(shown, savable, imported, env));
        if (json)
        {
            env.Output.WriteLine(QuestionJson.Write(shown, result.Items));
        }

        env.Error.WriteLine($"{shown}: {Count(result.Items.Count, "question")} imported, {Count(result.Problems.Count, "problem")}.");
        return !result.HasErrors && savable.Count == result.Questions.Count;
    }

    // Ids come from each file's name, so two files of one name (d1/x.gift, d2/x.gift) would repeat them, and the
    // written file would fail its check: an id an earlier file took gets the first free "-2", "-3" … after it.
    private static IEnumerable<Question> Unrepeated(string shown, IReadOnlyList<Question> questions, List<Question> earlier, CliEnvironment env)
    {
        if (earlier.Count == 0)
        {
            return questions;
        }

        var taken = earlier.Select(q => q.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var renamed = new List<string>();
        var result = new List<Question>(questions.Count);
        foreach (var question in questions)
        {
            var id = question.Id;
            for (var n = 2; taken.Contains(id); n++)
            {
                id = $"{question.Id}-{n}";
            }

            taken.Add(id);
            if (id != question.Id)
            {
                renamed.Add($"{question.Id} → {id}");
            }

            result.Add(id == question.Id ? question : question with { Id = id });
        }

        if (renamed.Count > 0)
        {
            env.Error.WriteLine($"{shown}: {Count(renamed.Count, "id")} already used by an earlier file, renamed: {string.Join(", ", renamed.Take(3))}{(renamed.Count > 3 ? ", …" : "")}.");
        }

        return result;
    }

    private static bool Save(List<Question> questions, IReadOnlyList<string> files, string? outputPath, bool json, CliEnvironment env)
    {
        if (questions.Count == 0)
        {
            env.Error.WriteLine("hitquiz: no question could be imported" + (outputPath is null ? "." : $"; {DisplayPath.For(outputPath)} was not written."));
            return false;
        }

        var title = "Imported from " + string.Join(", ", files.Select(Path.GetFileName));
        // Questions exported from a bank cite their documents; one shared document becomes the file's default.
        var documents = questions.Select(q => q.Source?.Document).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var chunks = QuizFileWriter.Chunks(title, documents.Count == 1 ? documents[0] : null, questions);
        // What is written is read back as it is written, as the bank will read it: a file that would not load is reported.
        var check = new QuizFileReader(outputPath is null ? "imported.quiz.md" : DisplayPath.For(outputPath), keepQuestions: false);
        if (outputPath is not null)
        {
            if (!WriteFile(outputPath, chunks, check, env))
            {
                return false;
            }
        }
        else
        {
            WriteChecked(chunks, json ? TextWriter.Null : env.Output, check);
        }

        var read = check.Finish();
        read.Problems.Where(p => p.IsError).ToList().ForEach(p => env.Error.WriteLine(p.ToString()));
        if (outputPath is not null)
        {
            env.Output.WriteLine($"Wrote {Count(questions.Count, "question")} to {DisplayPath.For(outputPath)}.");
        }

        return !read.HasErrors;
    }

    // Written a question at a time beside the output file, then moved into place (see ReplacingFile): an existing file
    // (overwritten with --force) stays as it was until the new one is complete.
    private static bool WriteFile(string path, IEnumerable<string> chunks, QuizFileReader check, CliEnvironment env)
    {
        try
        {
            ReplacingFile.WriteText(path, text => WriteChecked(chunks, text, check));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"hitquiz: cannot write {DisplayPath.For(path)}: {e.Message}");
            return false;
        }
    }

    private static void WriteChecked(IEnumerable<string> chunks, TextWriter output, QuizFileReader check)
    {
        foreach (var chunk in chunks)
        {
            output.Write(chunk);
            check.Read(chunk);
        }
    }

    // The quiz format has no escapes: a question whose text reads as a field or option line ("Example: …") cannot be
    // saved, and one bad question would keep the whole file out of the bank.
    private static bool Savable(Question question, CliEnvironment env)
    {
        var check = QuizFileParser.Parse("check", QuizFileWriter.Write(null, null, [question]));
        if (!check.HasErrors && check.Questions.Count == 1)
        {
            return true;
        }

        var reason = check.Problems.FirstOrDefault(p => p.IsError)?.Message ?? "it does not read back the same";
        env.Error.WriteLine($"{question.Origin}: {question.Kind.Name()} question \"{question.Id}\" cannot be written as a quiz file ({reason}); skipped.");
        return false;
    }

    private static ImportFormat? Format(string? name) => name switch
    {
        "gift" => ImportFormat.Gift,
        "aiken" => ImportFormat.Aiken,
        "moodle-xml" => ImportFormat.MoodleXml,
        "qti" => ImportFormat.Qti12,
        _ => null,
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
