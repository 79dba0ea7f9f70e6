using System.Diagnostics;

namespace HitQuiz.Startup;

/// <summary>Runs a command in a fresh tmux terminal and times how long until some text is on its screen.</summary>
internal static class Terminal
{
    private static int _runs;

    public static double TimeToText(string command, string text)
    {
        // A fresh server for every run: a server still shutting down from the run before could swallow the new session.
        var socket = $"hitquiz-startup-{Environment.ProcessId}-{++_runs}";
        var clock = Stopwatch.StartNew();
        Tmux(socket, "new-session", "-d", "-s", "s", "-x", "100", "-y", "30", command + "; sleep 30");
        while (!Tmux(socket, "capture-pane", "-p", "-t", "s").Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                Tmux(socket, "kill-server");
                throw new TimeoutException($"\"{text}\" never appeared for: {command}");
            }
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        Tmux(socket, "kill-server");
        return elapsed;
    }

    private static string Tmux(string socket, params string[] args)
    {
        var start = new ProcessStartInfo("tmux", ["-u", "-L", socket, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
