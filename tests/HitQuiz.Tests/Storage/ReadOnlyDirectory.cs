using System.Diagnostics;

namespace HitQuiz.Storage;

/// <summary>
/// Makes a directory read-only for the current user. Root ignores file modes, so as root the directory becomes
/// a read-only tmpfs mount instead, removed again on dispose.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyDirectory : IDisposable
{
    private readonly string _path;
    private readonly bool _mounted;

    private ReadOnlyDirectory(string path, bool mounted)
    {
        _path = path;
        _mounted = mounted;
    }

    public static ReadOnlyDirectory Make(string path)
    {
        if (Environment.UserName == "root")
        {
            Run("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", path);
            return new ReadOnlyDirectory(path, mounted: true);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return new ReadOnlyDirectory(path, mounted: false);
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", _path);
        }
        else
        {
            File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {error}");
        }
    }
}
