using System.Text;

namespace HitQuiz.Storage;

/// <summary>
/// The files beside a database: its directory, the lock that keeps it to one process, and the checks made before
/// LiteDB is allowed to write anything.
/// </summary>
internal static class StoreFiles
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerDirectory = OwnerFile | UnixFileMode.UserExecute;

    // LiteDB 5 data files start with a page whose bytes 32..58 read "** This is a LiteDB file **", then version 8.
    private const int PageSize = 8192;
    private const int HeaderInfoOffset = 32;
    private const byte FileVersion = 8;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    public static string LockPath(string path) => path + ".lock";

    /// <summary>LiteDB's write-ahead log: "name-log.ext" beside the data file.</summary>
    public static string LogPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    public static void EnsureDirectory(string path)
    {
        var directory = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(directory) || Directory.Exists(directory))
        {
            return;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, OwnerDirectory);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path} cannot be created: the folder {directory} cannot be made ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// Takes the one-process lock. The lock is the open handle (an flock on Unix, a sharing lock on Windows), not the
    /// file's existence: the kernel drops it when the process ends, even by a crash, so a stale file never blocks.
    /// The file is therefore never deleted, which would let two processes lock two different files.
    /// </summary>
    public static FileStream Lock(string path)
    {
        var lockPath = LockPath(path);
        try
        {
            return new FileStream(lockPath, Options(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex) when (IsSharingViolation(ex))
        {
            throw new StoreException($"{path} is in use by another HitQuiz ({lockPath})", ex);
        }
    }

    /// <summary>Creates a missing or empty data file owner-only; returns whether the database is new.</summary>
    public static bool PrepareDataFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException($"{path} is a directory; choose a database file with --db");
        }

        if (!File.Exists(path))
        {
            CreateOwnerOnly(path);
            return true;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length == 0)
        {
            // Nothing to lose: an empty file is what a crash right after creating the database leaves behind.
            RestrictToOwner(path);
            return true;
        }

        if (!HasLiteDbHeader(stream))
        {
            throw StoreSchema.NotHitQuiz(path);
        }

        // LiteDB files grow by whole pages; anything else was cut short (a full disk, a bad copy) and LiteDB
        // would write to it while failing to read it.
        if (stream.Length % PageSize != 0)
        {
            throw new StoreException($"{path} is damaged (cut short at {stream.Length} bytes); move it aside, or choose another with --db");
        }

        return false;
    }

    /// <summary>
    /// LiteDB creates its log lazily with the default mode (often world-readable); creating it first, owner-only,
    /// keeps answers private. LiteDB deletes it again when it is empty at close.
    /// </summary>
    public static void PrepareLogFile(string path)
    {
        var log = LogPath(path);
        if (!File.Exists(log))
        {
            CreateOwnerOnly(log);
        }
    }

    private static bool HasLiteDbHeader(FileStream stream)
    {
        if (stream.Length < PageSize)
        {
            return false;
        }

        var header = new byte[HeaderInfoOffset + HeaderInfo.Length + 1];
        stream.ReadExactly(header);
        return header.AsSpan(HeaderInfoOffset, HeaderInfo.Length).SequenceEqual(HeaderInfo) && header[^1] == FileVersion;
    }

    private static void CreateOwnerOnly(string path)
    {
        using var _ = new FileStream(path, Options(FileMode.CreateNew, FileAccess.Write, FileShare.None));
    }

    private static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerFile);
        }
    }

    private static FileStreamOptions Options(FileMode mode, FileAccess access, FileShare share)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerFile;
        }

        return options;
    }

    // .NET reports a held lock as EWOULDBLOCK on Unix (11 on Linux, 35 on macOS) and ERROR_SHARING_VIOLATION on Windows.
    private static bool IsSharingViolation(IOException ex) => ex.HResult is 11 or 35 or unchecked((int)0x80070020);

    /// <summary>Turns what went wrong while opening into one line for the learner, naming the file.</summary>
    public static StoreException OpenFailure(Exception ex, string path) => ex switch
    {
        UnauthorizedAccessException => new StoreException($"{path} cannot be opened: permission denied", ex),
        LiteDB.LiteException lite => new StoreException($"{path} cannot be read as a HitQuiz database ({lite.Message}); move it aside or choose another with --db", ex),
        _ => new StoreException($"{path} cannot be opened: {ex.Message}", ex),
    };
}
