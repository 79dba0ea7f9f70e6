using System.Diagnostics;

namespace HitQuiz.Startup;

/// <summary>Runs a command in a fresh tmux terminal and times how long until some text is on its screen.</summary>
internal static class Terminal
{
    private const string Socket = "hitquiz-startup";

    public static double TimeToText(string command, string text)
    {
        Tmux("kill-server");
        var clock = Stopwatch.StartNew();
        Tmux("new-session", "-d", "-s", "s", "-x", "100", "-y", "30", command + "; sleep 30");
        while (!Tmux("capture-pane", "-p", "-t", "s").Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException($"\"{text}\" never appeared for: {command}");
            }
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        Tmux("kill-server");
        return elapsed;
    }

    private static string Tmux(params string[] args)
    {
        var start = new ProcessStartInfo("tmux", ["-u", "-L", Socket, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
