using HitQuiz.Generation;
using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Loading;

/// <summary>
/// Loads the question bank from a questions folder. Never throws for bad files: a file with any error is
/// skipped as a whole (listed in <see cref="LoadedBank.Skipped"/>) and every other file still loads.
/// With <c>generate</c>, questions are also generated from every source document and merged with the
/// instructors' files: an authored question with a generated id replaces it, and <c>Status: rejected</c> removes it.
/// </summary>
public static class BankLoader
{
    /// <param name="questionsRoot">The questions folder; source paths in question files are relative to it.</param>
    /// <param name="paths">Question files or folders to load; null or empty loads the whole folder.</param>
    /// <param name="generate">Also generate questions from the source documents (the trainer does; <c>check</c> does not).</param>
    /// <param name="cache">Where generated questions are kept between runs; null generates every time.</param>
    /// <param name="generating">Told of each document just before its questions are generated (not when they come from the cache).</param>
    /// <param name="authoredCache">Where the folder's question files, as read and checked, are kept between runs; null reads them every time.</param>
    public static LoadedBank Load(
        string questionsRoot,
        IReadOnlyList<string>? paths = null,
        bool generate = false,
        GeneratedBankCache? cache = null,
        Action<SourceDocument>? generating = null,
        AuthoredBankCache? authoredCache = null)
    {
        var root = Path.GetFullPath(questionsRoot);
        if (paths is null or { Count: 0 } && !Directory.Exists(root))
        {
            var missing = Problem.Error(DisplayPath.For(root), 1, File.Exists(root) ? "is a file, not a folder; give the questions folder." : "no such questions folder.");
            return new LoadedBank([], new Dictionary<string, SourceDocument>(), [missing], [new SkippedFile(missing.File, missing.ToString())], 0);
        }

        var files = BankFiles.Find(root, paths);
        var problems = new List<Problem>(files.Problems);
        var sources = LoadSources(root, files.Sources, problems);
        // Generating needs only the documents, so it runs on another core while the question files are read: after a
        // new build or an edited document, the two took turns.
        var generation = generate ? Task.Run(() => Generated(root, sources.Values, cache, generating)) : null;
        var authored = ReadAuthored(root, paths is null or { Count: 0 } ? authoredCache : null, files, sources, problems);
        var skipped = files.Missing.Concat(Skipped(problems, files.Missing)).ToList();
        var generated = generation?.GetAwaiter().GetResult() ?? [];
        var (questions, generatedCount) = BankMerger.MergePacked(generated, authored);
        var fileCount = files.Quizzes.Count + files.Sources.Count;
        return new LoadedBank(questions, sources, problems, skipped, fileCount)
        {
            QuestionFileCount = files.Quizzes.Count,
            GeneratedCount = generatedCount,
        };
    }

    private static List<Question> Generated(string root, IEnumerable<SourceDocument> sources, GeneratedBankCache? cache, Action<SourceDocument>? generating)
    {
        List<Question> Generate(SourceDocument source)
        {
            generating?.Invoke(source);
            return [.. QuestionGenerator.Generate(source).Questions.Select(g => g.Question)];
        }

        return [.. sources.OrderBy(s => s.Name, StringComparer.Ordinal).SelectMany(s => cache is null ? Generate(s) : cache.GetOrGenerate(root, s, Generate))];
    }

    private static Dictionary<string, SourceDocument> LoadSources(string root, IEnumerable<string> paths, List<Problem> problems)
    {
        var sources = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var (text, problem) = TextFileReader.Read(path);
            if (text is null)
            {
                problems.Add(problem!);
                continue;
            }

            var key = DisplayPath.Key(root, path);
            if (Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase))
            {
                var (document, fallBack) = MarkdownSourceParser.ParseOrFallBack(key, text);
                sources[key] = document;
                if (fallBack is not null)
                {
                    problems.Add(Problem.Warning(DisplayPath.For(path), 1, fallBack));
                }
            }
            else
            {
                sources[key] = PlainTextSourceParser.Parse(key, text);
            }
        }

        return sources;
    }

    // Each question file is parsed and checked on its own as it is read, a question at a time, and each question is
    // packed as soon as it is read: a bank of 100,000 items is never held as objects, not even one file's worth, which
    // the collector would otherwise carry until the file was done. With a cache, a file unchanged since the cache's
    // entry was written is not read at all: its part of the entry is used. Then the files are put together, oldest
    // first: an id a file repeats from an earlier one is an error there, and a file's questions are kept only when the
    // whole file has no error. Problems come in the order the whole folder used to be checked in: files that could
    // not be read first, then each file's problems by line.
    private static PackedQuestions ReadAuthored(
        string root, AuthoredBankCache? cache, BankFiles files, Dictionary<string, SourceDocument> sources, List<Problem> problems)
    {
        var stamp = cache is null ? null : BankStamp.OfSources(root, files.Sources, "authored");
        var cached = stamp is null ? null : cache!.Read(root, stamp);
        var all = cached?.Questions ?? new PackedQuestions();
        var parts = new Dictionary<string, CheckedQuizFile>(StringComparer.Ordinal);
        foreach (var part in cached?.Files ?? [])
        {
            parts[part.Path] = part;
        }

        var read = new List<CheckedQuizFile>();
        var changed = cached is null;
        foreach (var path in OldestFirst(files.Quizzes))
        {
            var name = DisplayPath.For(path);
            if (parts.GetValueOrDefault(path) is { } part && part.Name == name && Unchanged(part))
            {
                read.Add(part);
                continue;
            }

            // Its size and time are taken before it is read: a file changed while it is read is read again next time.
            changed = true;
            var (length, time) = Stamp(path);
            var (text, problem) = TextFileReader.Read(path);
            if (text is null)
            {
                problems.Add(problem!);
                continue;
            }

            read.Add(ReadQuizFile(new CheckedQuizFile(path, length, time, name, all.Count, [], [], []), text, all, sources));
        }

        var bank = new AuthoredBank(all, read);
        if (stamp is not null && (changed || read.Count != cached!.Files.Count))
        {
            cache!.Write(root, stamp, bank);
        }

        return Merge(bank, problems);
    }

    // The file's questions are packed at the end of all; file holds where it was found, with no question or problem yet.
    private static CheckedQuizFile ReadQuizFile(CheckedQuizFile file, string text, PackedQuestions all, Dictionary<string, SourceDocument> sources)
    {
        var lines = new List<int>();
        var check = new QuizFileCheck(file.Name, ids: null, key => sources.GetValueOrDefault(key));
        var reader = new QuizFileReader(file.Name, keepQuestions: false);
        reader.QuestionRead = question =>
        {
            check.Add(question, reader.DefaultSource, reader.DefaultSourceLine);
            all.Add(question);
            lines.Add(question.Origin?.Line ?? 1);
        };
        reader.Read(text);
        var quiz = reader.Finish();
        return file with { Lines = [.. lines], ReadProblems = quiz.Problems, SourceProblems = check.Finish(quiz.DefaultSource, quiz.DefaultSourceLine) };
    }

    // A file's part is used while the file has the size and modification time it had when it was read.
    private static bool Unchanged(CheckedQuizFile part) => Stamp(part.Path) is var (length, time) && length >= 0 && (length, time) == (part.Length, part.Changed);

    // A file's size and modification time (ticks, UTC), or -1 for both when it cannot be looked at.
    private static (long Length, long Time) Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, -1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (-1, -1);
        }
    }

    // The files put together in the order given: each file's problems by line, with the ids it repeats from an earlier
    // file (the parser's problems, then repeated ids, then the header's and sources', as one file was always checked).
    private static PackedQuestions Merge(AuthoredBank bank, List<Problem> problems)
    {
        var count = bank.Files.Sum(f => f.Count);
        var authored = PackedQuestions.Sharing(bank.Questions);
        authored.EnsureCapacity(count);
        var ids = new QuizIds(count);
        foreach (var file in bank.Files)
        {
            var repeated = new List<Problem>();
            for (var i = 0; i < file.Count; i++)
            {
                if (ids.Repeat(bank.Questions.IdAt(file.Start + i), new FileLocation(file.Name, file.Lines[i])) is { } repeat)
                {
                    repeated.Add(repeat);
                }
            }

            var found = file.ReadProblems.Concat(repeated).Concat(file.SourceProblems).OrderBy(p => p.Line).ToList();
            problems.AddRange(found);
            if (!found.Any(p => p.IsError))
            {
                authored.AddRangeFrom(bank.Questions, file.Start, file.Count);
            }
        }

        return authored;
    }

    // Question files are read oldest first (by when they were last changed, then by path), so that an id a newer file
    // repeats is reported there and that file is skipped, not the established bank it collides with.
    private static List<string> OldestFirst(IEnumerable<string> paths) =>
        [.. paths.Select(p => (Path: p, Changed: LastChanged(p))).OrderBy(f => f.Changed).ThenBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Path)];

    private static DateTime LastChanged(string path)
    {
        try
        {
            return File.GetLastWriteTimeUtc(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DateTime.MaxValue;
        }
    }

    // The first error of each file that has one, in the order the problems were reported.
    private static IEnumerable<SkippedFile> Skipped(List<Problem> problems, List<SkippedFile> alreadySkipped) =>
        problems
            .Where(p => p.IsError && alreadySkipped.All(s => s.File != p.File))
            .GroupBy(p => p.File, StringComparer.Ordinal)
            .Select(g => new SkippedFile(g.Key, g.First().ToString()));
}
