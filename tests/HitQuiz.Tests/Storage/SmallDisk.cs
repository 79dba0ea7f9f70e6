using System.Diagnostics;

namespace HitQuiz.Storage;

/// <summary>A tiny tmpfs mounted on a directory, to fill the disk on purpose; unmounted on dispose.</summary>
internal sealed class SmallDisk : IDisposable
{
    public SmallDisk(string path, int kilobytes)
    {
        Path = path;
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path);
    }

    public string Path { get; }

    public void Dispose() => Run("umount", "-l", Path);

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
