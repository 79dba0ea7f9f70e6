using System.CommandLine;

namespace HitQuiz.Cli;

/// <summary>
/// Paths given where a command takes files: one that looks like an option ("--forse") and names no file or folder is
/// a mistyped option, said so as for any other command, not looked for as a file.
/// </summary>
internal static class OptionLikePaths
{
    public static Argument<T> RefusingMistypedOptions<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized command or argument '{token.Value}'.");
                    return;
                }
            }
        });
        return argument;
    }
}
