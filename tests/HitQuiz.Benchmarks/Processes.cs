using System.Diagnostics;
using System.Globalization;

namespace HitQuiz.Benchmarks;

/// <summary>The release build as a process: published with Native AOT, run, timed and measured.</summary>
internal static class Processes
{
    /// <summary>Publishes a project for linux-x64 with Native AOT into the folder; false when that fails.</summary>
    public static bool Publish(string project, string folder)
    {
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", folder, "--nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    /// <summary>
    /// Runs a program under <c>/usr/bin/time -f "%e s %M KB"</c> (give it as <paramref name="file"/>) and returns its wall
    /// time and peak memory as "1.23 s / 45 MB", or why it failed.
    /// </summary>
    public static string Timed(string file, string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var last = lines.LastOrDefault() ?? "";
        if (process.ExitCode != 0)
        {
            return $"failed (exit {process.ExitCode}): {string.Join(" / ", lines.Take(2))}";
        }

        var parts = last.Split(' ');
        return parts.Length == 4 && double.TryParse(parts[2], CultureInfo.InvariantCulture, out var kb)
            ? $"{parts[0]} s / {kb / 1024:0} MB"
            : $"failed: {last}";
    }
}
