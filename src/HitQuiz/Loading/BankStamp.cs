using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HitQuiz.Loading;

/// <summary>
/// What a cache entry made from a questions folder is found by: a hash of the build, the folder (and the current
/// folder, which file names in messages are shown from), what the entry holds, and every question file's and source
/// document's path, size and modification time. An edited, added or removed file, or another build, gives another
/// stamp.
/// </summary>
internal static class BankStamp
{
    /// <summary>The stamp (32 hex digits), or null when the build cannot be told or a file cannot be looked at.</summary>
    public static string? Of(string root, string holds)
    {
        try
        {
            var files = BankFiles.Find(root, null);
            return Hash(root, holds, files.Quizzes.Concat(files.Sources));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// What every file's part of an entry made from a questions folder depends on: the build, the folder, the current
    /// folder and each of the given source documents' path, size and modification time. Null when the build cannot be
    /// told or a document cannot be looked at.
    /// </summary>
    public static string? OfSources(string root, IEnumerable<string> sources, string holds) => Hash(root, holds, sources);

    private static string? Hash(string root, string holds, IEnumerable<string> files)
    {
        if (GeneratedBankCache.Build is not string build)
        {
            return null;
        }

        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Append(hash, $"{build}\0{root}\0{Environment.CurrentDirectory}\0{holds}");
            foreach (var file in files)
            {
                var info = new FileInfo(file);
                Append(hash, string.Create(CultureInfo.InvariantCulture, $"{file}\0{info.Length}\0{info.LastWriteTimeUtc.Ticks}"));
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A name part for the folder, so that each folder keeps one entry.</summary>
    public static string Prefix(string root) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..16];

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData("\n"u8);
    }
}
