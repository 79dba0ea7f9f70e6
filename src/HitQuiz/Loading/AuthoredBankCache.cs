using System.Text;
using HitQuiz.Questions;

namespace HitQuiz.Loading;

/// <summary>
/// A folder's question files as read and checked (their questions packed, and every problem found), kept on disk so
/// that the trainer opening an unchanged bank does not parse and check every file again: seconds for 100,000
/// questions. An entry is found by a <see cref="BankStamp"/>, so an edited, added or removed question file or source
/// document, or another build, reads the files again. It is only a cache: an entry that cannot be read is read again
/// from the files and replaced, a folder that cannot be written is not used, and deleting it loses nothing. Each
/// folder keeps one entry.
/// </summary>
public sealed class AuthoredBankCache(string directory)
{
    private const string Extension = ".authored";
    private const int Magic = 0x42415148; // "HQAB"
    private const int FormatVersion = 1;

    public string Directory { get; } = directory;

    /// <summary>An <c>authored</c> subfolder of HitQuiz's cache folder (see <see cref="GeneratedBankCache.Root"/>).</summary>
    public static AuthoredBankCache Default(Func<string, string?> getEnv) => new(Path.Combine(GeneratedBankCache.Root(getEnv), "authored"));

    /// <summary>The question files of <paramref name="questionsRoot"/> as <paramref name="read"/> reads them, or as it read them before.</summary>
    public (PackedQuestions Questions, IReadOnlyList<Problem> Problems) GetOrRead(
        string questionsRoot, Func<(PackedQuestions Questions, IReadOnlyList<Problem> Problems)> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var root = Path.GetFullPath(questionsRoot);
        if (BankStamp.Of(root, "authored") is not string key)
        {
            return read();
        }

        var prefix = BankStamp.Prefix(root);
        var path = Path.Combine(Directory, $"{prefix}-{key}{Extension}");
        if (TryRead(path) is { } cached)
        {
            return cached;
        }

        var fresh = read();
        TryWrite(path, prefix, fresh);
        return fresh;
    }

    private static (PackedQuestions, IReadOnlyList<Problem>)? TryRead(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                return null;
            }

            var count = reader.ReadInt32();
            if (count < 0 || count > stream.Length)
            {
                return null;
            }

            var problems = new List<Problem>(count);
            for (var i = 0; i < count; i++)
            {
                problems.Add(new Problem(reader.ReadString(), reader.ReadInt32(), reader.ReadString(), (Severity)reader.ReadByte()));
            }

            var questions = PackedQuestions.ReadFrom(stream);
            return stream.Position == stream.Length ? (questions, problems) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            return null;
        }
    }

    private void TryWrite(string path, string prefix, (PackedQuestions Questions, IReadOnlyList<Problem> Problems) bank)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            ReplacingFile.Write(path, stream =>
            {
                using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(FormatVersion);
                    writer.Write(bank.Problems.Count);
                    foreach (var problem in bank.Problems)
                    {
                        writer.Write(problem.File);
                        writer.Write(problem.Line);
                        writer.Write(problem.Message);
                        writer.Write((byte)problem.Severity);
                    }
                }

                bank.Questions.WriteTo(stream);
            });
            GeneratedBankCache.RemoveOlder(Directory, $"{prefix}-*{Extension}", path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: the files are read again next time.
        }
    }
}
