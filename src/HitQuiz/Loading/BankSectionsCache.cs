using System.Text;

namespace HitQuiz.Loading;

/// <summary>What <c>report</c> needs of a bank: each question's section, and the files that were skipped as broken.</summary>
public sealed record BankSections(IReadOnlyDictionary<string, string> Sections, IReadOnlyList<string> Skipped);

/// <summary>
/// Each question of a bank with its section, and the files skipped as broken, as <c>report</c> counts mastery against
/// it, kept on disk so that a report over an unchanged bank does not load every question file again (seconds for
/// 100,000 questions). An entry is found by a <see cref="BankStamp"/> and whether generated questions are included, so
/// an edited, added or removed file or another build loads the bank again. It is only a cache: an entry that cannot be
/// read is loaded again and replaced, a folder that cannot be written is not used, and deleting it loses nothing. Each
/// folder keeps one entry.
/// </summary>
public sealed class BankSectionsCache(string directory)
{
    private const string Extension = ".sections";

    public string Directory { get; } = directory;

    /// <summary>A <c>bank-sections</c> subfolder of HitQuiz's cache folder (see <see cref="GeneratedBankCache.Root"/>).</summary>
    public static BankSectionsCache Default(Func<string, string?> getEnv) => new(Path.Combine(GeneratedBankCache.Root(getEnv), "bank-sections"));

    /// <summary>The bank in <paramref name="questionsRoot"/> as <c>report</c> reads it, from the cache or else from <paramref name="load"/>.</summary>
    public BankSections GetOrLoad(string questionsRoot, bool generated, Func<BankSections> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var root = Path.GetFullPath(questionsRoot);
        if (BankStamp.Of(root, $"sections, generated {generated}") is not string key)
        {
            return load();
        }

        var prefix = BankStamp.Prefix(root);
        var path = Path.Combine(Directory, $"{prefix}-{key}{Extension}");
        if (TryRead(path) is { } cached)
        {
            return cached;
        }

        var bank = load();
        TryWrite(path, prefix, bank);
        return bank;
    }

    private static BankSections? TryRead(string path)
    {
        try
        {
            using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
            // Each entry takes at least two bytes: a count past that is a damaged file, not a size to allocate.
            var count = reader.ReadInt32();
            if (count < 0 || count > reader.BaseStream.Length / 2)
            {
                return null;
            }

            var sections = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                sections[reader.ReadString()] = reader.ReadString();
            }

            var skippedCount = reader.ReadInt32();
            if (skippedCount < 0 || skippedCount > reader.BaseStream.Length)
            {
                return null;
            }

            var skipped = new List<string>(skippedCount);
            for (var i = 0; i < skippedCount; i++)
            {
                skipped.Add(reader.ReadString());
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? new BankSections(sections, skipped) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentOutOfRangeException or FormatException)
        {
            return null;
        }
    }

    private void TryWrite(string path, string prefix, BankSections bank)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            ReplacingFile.Write(path, stream =>
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
            });
            GeneratedBankCache.RemoveOlder(Directory, $"{prefix}-*{Extension}", path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: the bank is loaded again next time.
        }
    }
}
