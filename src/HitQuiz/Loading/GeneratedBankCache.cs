using System.Security.Cryptography;
using System.Text;
using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Loading;

/// <summary>
/// The questions generated from each source document, kept on disk so that an unchanged document is not generated
/// again at every start. An entry is found by a hash of the parsed document and of the program build that generated
/// it, so editing the document or installing another build regenerates. It is only a cache: an entry that cannot be
/// read is generated again and replaced, a folder that cannot be written is not used, and deleting it loses nothing.
/// Each document keeps one entry; writing a new one removes the document's older entries.
/// </summary>
public sealed class GeneratedBankCache(string directory)
{
    private const string Extension = ".questions";
    private static readonly Lazy<string?> BuildStamp = new(ReadBuildStamp);

    public string Directory { get; } = directory;

    /// <summary>
    /// <c>HITQUIZ_CACHE</c>, else <c>$XDG_CACHE_HOME/hitquiz</c>, else <c>~/.cache/hitquiz</c>; a subfolder for
    /// generated questions.
    /// </summary>
    public static GeneratedBankCache Default(Func<string, string?> getEnv) => new(Path.Combine(Root(getEnv), "generated"));

    /// <summary>HitQuiz's cache folder: <c>HITQUIZ_CACHE</c>, else <c>$XDG_CACHE_HOME/hitquiz</c>, else <c>~/.cache/hitquiz</c>.</summary>
    public static string Root(Func<string, string?> getEnv)
    {
        if (getEnv("HITQUIZ_CACHE") is { Length: > 0 } chosen)
        {
            return chosen;
        }

        // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
        var root = getEnv("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(getEnv("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "hitquiz");
    }

    /// <summary>What tells this program's build from another, or null when it cannot be told (then nothing is cached).</summary>
    public static string? Build => BuildStamp.Value;

    /// <param name="questionsRoot">The questions folder the document was read from; documents of two folders never share an entry.</param>
    public IReadOnlyList<Question> GetOrGenerate(string questionsRoot, SourceDocument source, Func<SourceDocument, IReadOnlyList<Question>> generate)
    {
        if (BuildStamp.Value is not string build)
        {
            return generate(source);
        }

        var prefix = Hash(questionsRoot, "\0", source.Name)[..16];
        var path = Path.Combine(Directory, $"{prefix}-{ContentHash(build, source)}{Extension}");
        if (TryRead(path) is { } cached)
        {
            return cached;
        }

        var questions = generate(source);
        TryWrite(path, prefix, questions);
        return questions;
    }

    private static List<Question>? TryRead(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return QuestionCodec.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    private void TryWrite(string path, string prefix, IReadOnlyList<Question> questions)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            ReplacingFile.Write(path, stream => QuestionCodec.Write(stream, questions));
            RemoveOlder(Directory, $"{prefix}-*{Extension}", path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: the questions are generated again next time.
        }
    }

    /// <summary>Deletes the entries of <paramref name="directory"/> matching <paramref name="pattern"/> other than <paramref name="kept"/>.</summary>
    internal static void RemoveOlder(string directory, string pattern, string kept)
    {
        foreach (var older in System.IO.Directory.EnumerateFiles(directory, pattern))
        {
            if (older != kept)
            {
                File.Delete(older);
            }
        }
    }

    private static string ContentHash(string build, SourceDocument source)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, build);
        Append(hash, source.Name);
        Append(hash, source.Title);
        foreach (var line in source.Lines)
        {
            Append(hash, line);
        }

        foreach (var section in source.Sections)
        {
            Append(hash, $"{section.Title}\0{section.FirstLine}\0{section.LastLine}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData("\n"u8);
    }

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));

    // The file holding the generator: HitQuiz.Core.dll beside the program; under Native AOT the generator is compiled
    // into both release programs, so the stamp is `hitquiz` beside them (else this program), and the two share entries.
    // Another build regenerates. Without such a file there is no telling builds apart, and nothing is cached.
    private static string? ReadBuildStamp()
    {
        FileInfo? info = new[] { "HitQuiz.Core.dll", "hitquiz" }
            .Select(name => new FileInfo(Path.Combine(AppContext.BaseDirectory, name)))
            .FirstOrDefault(f => f.Exists);
        info ??= Environment.ProcessPath is string program ? new FileInfo(program) : null;
        return info is { Exists: true } ? $"{info.FullName}\0{info.Length}\0{info.LastWriteTimeUtc.Ticks}" : null;
    }
}
