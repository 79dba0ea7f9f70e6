using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace HitQuiz.Cli;

/// <summary>
/// Where the text UI runs. The Native AOT release ships it as a sibling binary, <c>hitquiz-tui</c>: Terminal.Gui's
/// module initializer reads its configuration when the program starts, which under AOT would cost every command
/// (<c>--version</c>, <c>check</c>, <c>stats</c>) about 12 ms whether it draws a screen or not. So <c>hitquiz</c> is
/// published without the UI and, when the trainer opens, replaces itself with <c>hitquiz-tui</c> (<c>execv</c>: the
/// same process, terminal and arguments). Every other build (<c>dotnet run</c>, the tests) runs the UI in-process.
/// </summary>
internal static partial class TextUiHost
{
    public const string SiblingName = "hitquiz-tui";
    private const string InProcessSwitch = "HitQuiz.TextUiInProcess";

    /// <summary>False only in the published <c>hitquiz</c>, where the trimmer then drops the UI and Terminal.Gui.</summary>
    [FeatureSwitchDefinition(InProcessSwitch)]
    public static bool InProcess => !AppContext.TryGetSwitch(InProcessSwitch, out var enabled) || enabled;

    /// <summary>The UI binary: beside this one.</summary>
    public static string SiblingPath => Path.Combine(AppContext.BaseDirectory, SiblingName);

    /// <summary>Replaces this process with the UI binary; returns only when that fails, with the exit code.</summary>
    public static int ReplaceProcess(string sibling, IReadOnlyList<string> args, TextWriter error)
    {
        string?[] argv = [sibling, .. args, null];
        Exec(sibling, argv);
        var reason = Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
        error.WriteLine($"hitquiz: cannot start the text UI ({sibling}: {reason}); reinstall HitQuiz, or practise with 'hitquiz practice --plain'.");
        return 2;
    }

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Exec(string path, string?[] argv);
}
