using System.Text;
using HitQuiz.Questions;

namespace HitQuiz.Loading;

/// <summary>A folder's question files as read and checked: their questions, packed, and every problem found.</summary>
public sealed record AuthoredBank(PackedQuestions Questions, IReadOnlyList<Problem> Problems);

/// <summary>
/// A folder's question files as read and checked, kept on disk so that the trainer opening an unchanged bank does not
/// parse and check every file again: seconds for 100,000 questions. One entry per folder (see
/// <see cref="FolderCache"/>); an edited, added or removed question file or source document, or another build, reads
/// the files again.
/// </summary>
public sealed class AuthoredBankCache(string directory)
{
    private const int Magic = 0x42415148; // "HQAB"
    private const int FormatVersion = 1;

    public string Directory { get; } = directory;

    /// <summary>An <c>authored</c> subfolder of HitQuiz's cache folder (see <see cref="GeneratedBankCache.Root"/>).</summary>
    public static AuthoredBankCache Default(Func<string, string?> getEnv) => new(Path.Combine(GeneratedBankCache.Root(getEnv), "authored"));

    /// <summary>The question files of <paramref name="questionsRoot"/> as <paramref name="read"/> reads them, or as it read them before.</summary>
    public AuthoredBank GetOrRead(string questionsRoot, Func<AuthoredBank> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return FolderCache.GetOrMake(Directory, ".authored", questionsRoot, "authored", Read, Write, read);
    }

    private static AuthoredBank Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("not a bank of this version");
        }

        // A problem takes at least seven bytes: a count past that is a damaged file, not a size to allocate.
        var count = reader.ReadInt32();
        if (count < 0 || count > (stream.Length - stream.Position) / 7)
        {
            throw new InvalidDataException($"{count} problems");
        }

        var problems = new List<Problem>(count);
        for (var i = 0; i < count; i++)
        {
            problems.Add(new Problem(reader.ReadString(), reader.ReadInt32(), reader.ReadString(), (Severity)reader.ReadByte()));
        }

        return new AuthoredBank(PackedQuestions.ReadFrom(stream), problems);
    }

    private static void Write(Stream stream, AuthoredBank bank)
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
    }
}
