using System.Text;
using HitQuiz.Questions;

namespace HitQuiz.Loading;

/// <summary>
/// One question file as read and checked on its own (a <see cref="QuizFileCheck"/> with no ids of other files): where
/// its questions are among the folder's packed questions, the line of each, and its problems. Ids it repeats from
/// other files are worked out when the folder's files are put together, in the order they are read then.
/// </summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Length">Its size in bytes when it was read.</param>
/// <param name="Changed">Its modification time (ticks, UTC) when it was read.</param>
/// <param name="Name">The file as messages name it.</param>
/// <param name="Start">The position of its first question among the folder's packed questions.</param>
/// <param name="Lines">The line each of its questions starts on, in file order.</param>
/// <param name="ReadProblems">The problems found reading it.</param>
/// <param name="SourceProblems">The problems of its header and of its questions' sources, in file order.</param>
public sealed record CheckedQuizFile(
    string Path, long Length, long Changed, string Name, int Start, int[] Lines, IReadOnlyList<Problem> ReadProblems, IReadOnlyList<Problem> SourceProblems)
{
    public int Count => Lines.Length;
}

/// <summary>
/// A folder's question files as read and checked: every file's questions packed together (pages may also hold the
/// text of files since edited or removed), and each file's part.
/// </summary>
public sealed record AuthoredBank(PackedQuestions Questions, IReadOnlyList<CheckedQuizFile> Files);

/// <summary>
/// A folder's question files as read and checked, kept on disk so that the trainer opening a bank does not parse and
/// check every file again (seconds for 100,000 questions), and after one file is edited reads only that one. One entry
/// per folder, holding each file's part; a part is used while its file keeps its size and modification time. Another
/// build, another current folder, or a source document edited, added or removed makes every file read again, since
/// their problems depend on the documents.
/// </summary>
public sealed class AuthoredBankCache(string directory)
{
    private const int Magic = 0x42415148; // "HQAB"
    private const int FormatVersion = 2;
    private const string Extension = ".authored";

    public string Directory { get; } = directory;

    /// <summary>An <c>authored</c> subfolder of HitQuiz's cache folder (see <see cref="GeneratedBankCache.Root"/>).</summary>
    public static AuthoredBankCache Default(Func<string, string?> getEnv) => new(System.IO.Path.Combine(GeneratedBankCache.Root(getEnv), "authored"));

    /// <summary>
    /// The entry kept for <paramref name="questionsRoot"/> when it was written under the same <paramref name="stamp"/>,
    /// or null (none, another stamp, or damaged).
    /// </summary>
    public AuthoredBank? Read(string questionsRoot, string stamp) => FolderCache.TryRead(EntryPath(questionsRoot), stream => Read(stream, stamp));

    /// <summary>
    /// Keeps <paramref name="bank"/> as the entry for <paramref name="questionsRoot"/>, with only the text its files
    /// point at (not that of files since edited or removed). A cache that cannot be written is left as it was: the
    /// files are read again next time.
    /// </summary>
    public void Write(string questionsRoot, string stamp, AuthoredBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        FolderCache.TryWrite(Directory, EntryPath(questionsRoot), $"{BankStamp.Prefix(Root(questionsRoot))}*{Extension}", stream => Write(stream, stamp, bank));
    }

    private static string Root(string questionsRoot) => System.IO.Path.GetFullPath(questionsRoot);

    private string EntryPath(string questionsRoot) => System.IO.Path.Combine(Directory, $"{BankStamp.Prefix(Root(questionsRoot))}-files{Extension}");

    private static AuthoredBank? Read(Stream stream, string stamp)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("not a bank of this version");
        }

        if (reader.ReadString() != stamp)
        {
            return null;
        }

        var questions = PackedQuestions.ReadFrom(stream);

        // A file takes at least 30 bytes and a problem at least seven: a count past that is a damaged entry, not a
        // size to allocate.
        var count = Count(reader, 30);
        var files = new List<CheckedQuizFile>(count);
        for (var i = 0; i < count; i++)
        {
            var (path, length, changed, name, start) = (reader.ReadString(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadString(), reader.ReadInt32());
            var lines = new int[Count(reader, 1)];
            for (var j = 0; j < lines.Length; j++)
            {
                lines[j] = reader.Read7BitEncodedInt();
            }

            if (start < 0 || start > questions.Count - lines.Length)
            {
                throw new InvalidDataException($"{path}: questions {start} to {start + lines.Length} of {questions.Count}");
            }

            files.Add(new CheckedQuizFile(path, length, changed, name, start, lines, ReadProblems(reader), ReadProblems(reader)));
        }

        return new AuthoredBank(questions, files);
    }

    private static int Count(BinaryReader reader, int leastBytesEach)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > (reader.BaseStream.Length - reader.BaseStream.Position) / leastBytesEach)
        {
            throw new InvalidDataException($"a count of {count}");
        }

        return count;
    }

    private static List<Problem> ReadProblems(BinaryReader reader)
    {
        var count = Count(reader, 7);
        var problems = new List<Problem>(count);
        for (var i = 0; i < count; i++)
        {
            problems.Add(new Problem(reader.ReadString(), reader.ReadInt32(), reader.ReadString(), (Severity)reader.ReadByte()));
        }

        return problems;
    }

    private static void Write(Stream stream, string stamp, AuthoredBank bank)
    {
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(stamp);
        }

        // Each file's questions one after another, so that each file starts where the one before it ends.
        bank.Questions.WriteTo(stream, [.. bank.Files.SelectMany(f => Enumerable.Range(f.Start, f.Count))]);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(bank.Files.Count);
            var start = 0;
            foreach (var file in bank.Files)
            {
                writer.Write(file.Path);
                writer.Write(file.Length);
                writer.Write(file.Changed);
                writer.Write(file.Name);
                writer.Write(start);
                start += file.Count;
                writer.Write(file.Lines.Length);
                foreach (var line in file.Lines)
                {
                    writer.Write7BitEncodedInt(line);
                }

                WriteProblems(writer, file.ReadProblems);
                WriteProblems(writer, file.SourceProblems);
            }
        }
    }

    private static void WriteProblems(BinaryWriter writer, IReadOnlyList<Problem> problems)
    {
        writer.Write(problems.Count);
        foreach (var problem in problems)
        {
            writer.Write(problem.File);
            writer.Write(problem.Line);
            writer.Write(problem.Message);
            writer.Write((byte)problem.Severity);
        }
    }
}
