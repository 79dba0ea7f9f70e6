namespace HitQuiz.Cli;

/// <summary>
/// Tells whether a controlling terminal exists. Without one the text UI would wait forever, so the caller
/// refuses to start it. Input redirected from a file is fine: the UI reads the terminal itself.
/// </summary>
internal static class TerminalProbe
{
    public static bool HasTerminal()
    {
        if (OperatingSystem.IsWindows())
        {
            return !Console.IsOutputRedirected;
        }

        try
        {
            using var tty = new FileStream("/dev/tty", FileMode.Open, FileAccess.ReadWrite);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
