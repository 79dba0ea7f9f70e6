using System.Diagnostics;

namespace HitQuiz.Startup;

internal static class Publisher
{
    public static void Publish(string project, string output)
    {
        Console.WriteLine($"publishing {Path.GetFileName(project)} (Native AOT) ...");
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "-o", output, "--nologo", "-v", "quiet"]);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"publishing {project} failed");
        }
    }
}
