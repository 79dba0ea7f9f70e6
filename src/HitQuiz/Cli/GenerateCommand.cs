using HitQuiz.Generation;
using HitQuiz.Loading;
using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Cli;

/// <summary>
/// <c>hitquiz generate SOURCE [-o FILE.quiz.md] [--format text|json]</c>: generates draft questions from a source
/// document. Text format writes a reviewable quiz file (to FILE, or to standard output with the summary on standard
/// error); JSON format prints the items and conflicts for tools.
/// </summary>
public static class GenerateCommand
{
    /// <summary>
    /// How many conflicting facts the summary lists: a long document can have hundreds, which would bury the summary;
    /// the JSON output lists every one.
    /// </summary>
    public const int MostConflictsListed = 20;

    /// <param name="clock">Times the note that a long document is still being read (standard error, after <see cref="SlowNote.Delay"/>).</param>
    /// <param name="force">Overwrite an existing <paramref name="outputPath"/>; without it, a question file already there is left alone.</param>
    public static int Run(string sourcePath, string? outputPath, string format, TextWriter output, TextWriter error, TimeProvider clock, bool force = false)
    {
        if (format is not ("text" or "json"))
        {
            error.WriteLine($"hitquiz generate: unknown format \"{format}\"; use text or json.");
            return 2;
        }

        // The file may be one an instructor has since reviewed (statuses, edits): it is replaced only when asked.
        if (ReplacingFile.RefusesToReplace(outputPath, force, error))
        {
            return 2;
        }

        if (Read(sourcePath, error) is not { } text)
        {
            return 1;
        }

        // Question files cite their source as sources/NAME under the questions folder: one drafted from elsewhere
        // would be refused by check until the source is there too.
        if (!IsInQuestionsSources(sourcePath))
        {
            error.WriteLine($"hitquiz: {DisplayPath.For(sourcePath)} is not in a questions/sources/ folder; copy it to questions/sources/ and put the question file in questions/, so that check and the trainer find the source it cites.");
        }

        SourceDocument document;
        GenerationResult result;
        using (new SlowNote(error, $"Generating questions from {DisplayPath.For(sourcePath)} ...", clock))
        {
            document = Parse(DocumentName(sourcePath), text);
            result = QuestionGenerator.Generate(document);
        }

        if (format == "json")
        {
            return WriteJson(document, result, outputPath, output, error);
        }

        return WriteQuiz(document, result, sourcePath, outputPath, output, error);
    }

    // The source is read as the trainer reads it (a .txt or .md file of UTF-8 or UTF-16 text, within the size limit),
    // so that questions are never drafted from a file the trainer would then refuse or never read as a source; a
    // problem is one line naming the file.
    private static string? Read(string sourcePath, TextWriter error)
    {
        var shown = DisplayPath.For(sourcePath);
        var (text, problem) = !File.Exists(sourcePath)
                ? (null, Problem.Error(shown, 1, Directory.Exists(sourcePath) ? "is a folder; give a source document (.txt or .md)." : "no such file."))
            : BankFiles.IsQuiz(sourcePath) ? (null, Problem.Error(shown, 1, "is a question file, not a source document (.txt or .md)."))
            : !BankFiles.IsSource(sourcePath) ? (null, Problem.Error(shown, 1, BankFiles.IsImportable(sourcePath)
                ? $"not a source document (.txt or .md); {BankFiles.ImportFirst(sourcePath)}"
                : "not a source document (.txt or .md)."))
            : TextFileReader.Read(sourcePath);
        if (problem is not null)
        {
            error.WriteLine(problem);
        }

        return text;
    }

    internal static SourceDocument Parse(string name, string text) =>
        Path.GetExtension(name).ToLowerInvariant() is ".md" or ".markdown"
            ? MarkdownSourceParser.Parse(name, text)
            : PlainTextSourceParser.Parse(name, text);

    private static bool IsInQuestionsSources(string sourcePath) => QuestionsFolderOf(sourcePath) is not null;

    /// <summary>The questions folder whose sources/ holds the document, or null when it is not in one.</summary>
    private static string? QuestionsFolderOf(string sourcePath)
    {
        var full = Path.GetFullPath(sourcePath).Replace('\\', '/');
        var marker = full.LastIndexOf("/questions/sources/", StringComparison.Ordinal);
        return marker < 0 ? null : full[..(marker + "/questions".Length)];
    }

    /// <summary>The document's name as question files cite it: relative to the questions folder when it is inside one.</summary>
    internal static string DocumentName(string sourcePath)
    {
        var full = Path.GetFullPath(sourcePath).Replace('\\', '/');
        var marker = full.LastIndexOf("/questions/", StringComparison.Ordinal);
        return marker >= 0 ? full[(marker + "/questions/".Length)..] : $"sources/{Path.GetFileName(full)}";
    }

    private static int WriteJson(SourceDocument document, GenerationResult result, string? outputPath, TextWriter output, TextWriter error)
    {
        if (outputPath is null)
        {
            GenerateJson.Write(output, document.Name, result);
            return 0;
        }

        if (!TryWrite(outputPath, text => GenerateJson.Write(text, document.Name, result), error))
        {
            return 1;
        }

        error.WriteLine($"Wrote {result.Questions.Count} draft questions as JSON to {outputPath}.");
        return 0;
    }

    private static int WriteQuiz(SourceDocument document, GenerationResult result, string sourcePath, string? outputPath, TextWriter output, TextWriter error)
    {
        var questions = result.Questions.Select(q => q.Question with { Status = QuestionStatus.Draft });
        if (outputPath is null)
        {
            QuizFileWriter.WriteTo(output, document.Title, document.Name, questions);
            WriteSummary(result, error);
            WriteAskedAlready(result, sourcePath, error);
            return 0;
        }

        if (!TryWrite(outputPath, text => QuizFileWriter.WriteTo(text, document.Title, document.Name, questions), error))
        {
            return 1;
        }

        output.WriteLine($"Wrote {result.Questions.Count} draft questions to {outputPath}.");
        WriteSummary(result, output);
        WriteAskedAlready(result, sourcePath, output);
        return 0;
    }

    // The drafts a question file beside the source already asks: the trainer leaves them out (see AuthoredOverlap),
    // so reviewing them is wasted work. Only a source in a questions folder has such files.
    private static void WriteAskedAlready(GenerationResult result, string sourcePath, TextWriter writer)
    {
        if (QuestionsFolderOf(sourcePath) is not { } folder || result.Questions.Count == 0)
        {
            return;
        }

        var authored = BankLoader.Load(folder).Questions;
        var asked = BankMerger.AskedByAuthored(result.Questions.Select(g => g.Question), authored as PackedQuestions ?? PackedQuestions.Of(authored));
        if (asked.Count == 0)
        {
            return;
        }

        writer.WriteLine($"Already asked by a question file in the questions folder ({asked.Count}); the trainer leaves these out:");
        foreach (var (draft, by) in asked.Take(MostConflictsListed))
        {
            writer.WriteLine($"  {draft.Id} asks what {by.Id} asks{(by.Origin is { } origin ? $" ({DisplayPath.For(origin.File)}:{origin.Line})" : "")}");
        }

        if (asked.Count > MostConflictsListed)
        {
            writer.WriteLine($"  ... and {asked.Count - MostConflictsListed} more.");
        }
    }

    // The -o file, written whole or not at all; a failure is one line naming the file.
    private static bool TryWrite(string outputPath, Action<TextWriter> write, TextWriter error)
    {
        try
        {
            ReplacingFile.WriteText(outputPath, write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"hitquiz generate: cannot write {outputPath}: {e.Message}");
            return false;
        }
    }

    private static void WriteSummary(GenerationResult result, TextWriter writer)
    {
        var counts = result.CountsByKind.Where(c => c.Value > 0).Select(c => $"{c.Key.Name()} {c.Value}");
        writer.WriteLine(result.Questions.Count == 0
            ? "No questions: the document states no fact a question can be made from (a table row, a list, an acronym, a number or a definition)."
            : $"Questions per kind: {string.Join(", ", counts)} (total {result.Questions.Count}).");
        if (result.Conflicts.Count == 0)
        {
            writer.WriteLine("No conflicting facts found.");
            return;
        }

        writer.WriteLine($"Conflicting facts ({result.Conflicts.Count}); no question uses these values:");
        foreach (var conflict in result.Conflicts.Take(MostConflictsListed))
        {
            var values = conflict.Values.Select(v => $"\"{v.Text}\" (line {v.Line})");
            writer.WriteLine($"  {conflict.Attribute}: {string.Join(" vs ", values)}");
        }

        if (result.Conflicts.Count > MostConflictsListed)
        {
            writer.WriteLine($"  ... and {result.Conflicts.Count - MostConflictsListed} more: '--format json' lists every one.");
        }
    }
}
