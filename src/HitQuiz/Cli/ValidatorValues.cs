using System.CommandLine;
using System.CommandLine.Parsing;

namespace HitQuiz.Cli;

/// <summary>Reading an option's value inside a validator, where its text may not have converted.</summary>
internal static class ValidatorValues
{
    /// <summary>
    /// The option's value, when its text converts. Validators run even when an option's text does not convert, and
    /// reading the value then throws (command-line-api issue 2645); the parser reports that text itself, so a
    /// validator has nothing to add and skips its own check.
    /// </summary>
    public static bool TryGetValue<T>(this SymbolResult result, Option<T> option, out T? value)
    {
        try
        {
            value = result.GetValue(option);
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }
}
