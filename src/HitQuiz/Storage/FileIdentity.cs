using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace HitQuiz.Storage;

/// <summary>
/// Notices when the database file is deleted or replaced while HitQuiz has it open. On Linux an open file that is
/// deleted lives on unnamed until the process exits, so answers written to it would silently vanish; a file put in
/// its place would be a different one. A handle held from the start is compared, by device and inode, with what
/// the path names now.
/// </summary>
internal sealed partial class FileIdentity : IDisposable
{
    // struct stat starts with dev_t st_dev and ino_t st_ino (8 bytes each) on 64-bit Linux (x64 and arm64).
    private const int StatBufferSize = 256;
    private readonly FileStream? _handle;
    private readonly string _path;

    private FileIdentity(string path, FileStream? handle)
    {
        _path = path;
        _handle = handle;
    }

    public static FileIdentity Watch(string path) => OperatingSystem.IsLinux() && Environment.Is64BitProcess
        ? new FileIdentity(path, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        : new FileIdentity(path, null);

    /// <summary>Throws a one-line <see cref="StoreException"/> when the path no longer names the file opened.</summary>
    public void EnsureUnchanged()
    {
        if (_handle is null)
        {
            return;
        }

        if (!File.Exists(_path))
        {
            throw new StoreException($"{_path} was deleted while HitQuiz was running; answers from now on cannot be saved. Restart HitQuiz to start a new database there");
        }

        if (Of(_path) is { } now && FromHandle(_handle.SafeFileHandle) is { } opened && now != opened)
        {
            throw new StoreException($"{_path} was replaced while HitQuiz was running; nothing more is written to either file. Restart HitQuiz to use the new file");
        }
    }

    public void Dispose() => _handle?.Dispose();

    private static (long Device, long Inode)? Of(string path)
    {
        var buffer = new byte[StatBufferSize];
        return Stat(path, buffer) == 0 ? Read(buffer) : null;
    }

    private static (long Device, long Inode)? FromHandle(SafeFileHandle handle)
    {
        var buffer = new byte[StatBufferSize];
        return FStat((int)handle.DangerousGetHandle(), buffer) == 0 ? Read(buffer) : null;
    }

    private static (long, long) Read(byte[] buffer) => (BitConverter.ToInt64(buffer, 0), BitConverter.ToInt64(buffer, 8));

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "fstat")]
    private static partial int FStat(int fd, [Out] byte[] buffer);
}
