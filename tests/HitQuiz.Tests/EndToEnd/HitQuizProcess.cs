using System.Diagnostics;

namespace HitQuiz.Tests.EndToEnd;

/// <summary>Runs the built <c>hitquiz</c> as a real process, optionally detached from any terminal.</summary>
internal static class HitQuizProcess
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "hitquiz.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, bool detached = false)
    {
        var start = new ProcessStartInfo(detached ? "setsid" : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { [TestCache.Variable] = TestCache.Folder },
        };
        if (detached)
        {
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    public static (int ExitCode, string Output, string Error) Run(IEnumerable<string> args, string input = "", bool detached = false)
    {
        var start = StartInfo(args, detached);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"hitquiz {string.Join(' ', args)} did not finish within 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
