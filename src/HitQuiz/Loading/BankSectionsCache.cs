using System.Text;

namespace HitQuiz.Loading;

/// <summary>What <c>report</c> needs of a bank: each question's section, and the files that were skipped as broken.</summary>
public sealed record BankSections(IReadOnlyDictionary<string, string> Sections, IReadOnlyList<string> Skipped);

/// <summary>
/// Each question of a bank with its section, and the files skipped as broken, as <c>report</c> counts mastery against
/// it, kept on disk so that a report over an unchanged bank does not load every question file again (seconds for
/// 100,000 questions). One entry per folder (see <see cref="FolderCache"/>), apart for with and without generated
/// questions; an edited, added or removed file or another build loads the bank again.
/// </summary>
public sealed class BankSectionsCache(string directory)
{
    public string Directory { get; } = directory;

    /// <summary>A <c>bank-sections</c> subfolder of HitQuiz's cache folder (see <see cref="GeneratedBankCache.Root"/>).</summary>
    public static BankSectionsCache Default(Func<string, string?> getEnv) => new(Path.Combine(GeneratedBankCache.Root(getEnv), "bank-sections"));

    /// <summary>The bank in <paramref name="questionsRoot"/> as <c>report</c> reads it, from the cache or else from <paramref name="load"/>.</summary>
    public BankSections GetOrLoad(string questionsRoot, bool generated, Func<BankSections> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return FolderCache.GetOrMake(Directory, ".sections", questionsRoot, $"sections, generated {generated}", Read, Write, load);
    }

    private static BankSections Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        // Each entry takes at least two bytes: a count past that is a damaged file, not a size to allocate.
        var count = reader.ReadInt32();
        if (count < 0 || count > (stream.Length - stream.Position) / 2)
        {
            throw new InvalidDataException($"{count} questions");
        }

        var sections = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            sections[reader.ReadString()] = reader.ReadString();
        }

        var skippedCount = reader.ReadInt32();
        if (skippedCount < 0 || skippedCount > stream.Length - stream.Position)
        {
            throw new InvalidDataException($"{skippedCount} skipped files");
        }

        var skipped = new List<string>(skippedCount);
        for (var i = 0; i < skippedCount; i++)
        {
            skipped.Add(reader.ReadString());
        }

        return new BankSections(sections, skipped);
    }

    private static void Write(Stream stream, BankSections bank)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(bank.Sections.Count);
        foreach (var (id, section) in bank.Sections)
        {
            writer.Write(id);
            writer.Write(section);
        }

        writer.Write(bank.Skipped.Count);
        foreach (var reason in bank.Skipped)
        {
            writer.Write(reason);
        }
    }
}
