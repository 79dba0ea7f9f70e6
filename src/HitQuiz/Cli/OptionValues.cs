using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace HitQuiz.Cli;

/// <summary>
/// Options whose text must be a number or a date, read so that a mistyped value is named in words ("--count takes a
/// whole number, like 10") rather than with the .NET type the parser would name.
/// </summary>
internal static class OptionValues
{
    public static Option<int> WholeNumber(string name, string alias, string description, int example, int byDefault)
    {
        var option = new Option<int>(name, alias) { Description = description, DefaultValueFactory = _ => byDefault };
        option.CustomParser = r => Parse(r, name, example) ?? byDefault;
        return option;
    }

    public static Option<int?> OptionalWholeNumber(string name, string description, int example) =>
        new(name) { Description = description, CustomParser = r => Parse(r, name, example) };

    public static Option<DateOnly?> Date(string name, string description) =>
        new(name)
        {
            Description = description,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                r.AddError($"{name} takes a date like 2026-12-15; \"{text}\" is not one.");
                return null;
            },
        };

    private static int? Parse(ArgumentResult result, string name, int example)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"{name} takes a whole number, like {example}; \"{text}\" is not one.");
        return null;
    }
}
