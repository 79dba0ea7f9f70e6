using System.Text.RegularExpressions;

namespace HitQuiz.Questions;

/// <summary>
/// When a typed (cloze) answer matches an accepted one. Both are brought to one canonical form, so a rule never
/// depends on which forms an author happened to list: case, spacing, surrounding punctuation and curly quotes do not
/// matter (<see cref="AnswerChecker.NormaliseTyped"/>); "&amp;" reads as "and"; "%" as "percent", with or without a space
/// before it; and a number written in words from zero to ninety-nine as its digits ("twenty-one" is 21, "FOUR." is 4).
/// Everything else, the digits and words themselves, must match: "12" is not "21", nor "state" "state and federal".
/// </summary>
public static partial class TypedAnswer
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static bool Matches(string accepted, string typed) => Canonical(accepted) == Canonical(typed);

    /// <summary>The form two typed answers are compared in: "Twenty-one %" and "21 percent" both read "21 percent".</summary>
    public static string Canonical(string text)
    {
        var normal = AnswerChecker.NormaliseTyped(text).Replace("&", " and ", StringComparison.Ordinal).Replace("%", " percent ", StringComparison.Ordinal);
        var digits = NumberWord().Replace(normal, m => ValueOf(m.Groups["tens"].Value, m.Groups["unit"].Value, m.Groups["small"].Value));
        return AnswerChecker.NormaliseTyped(digits);
    }

    private static string ValueOf(string tens, string unit, string small) => small.Length > 0
        ? Array.IndexOf(Small, small).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : (Array.IndexOf(Tens, tens) * 10 + Math.Max(0, Array.IndexOf(Small, unit))).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Whole words only: "someone" and "often" keep their letters. "twenty-one" and "twenty one" are one number.
    [GeneratedRegex(@"\b(?:(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?<unit>one|two|three|four|five|six|seven|eight|nine))?|(?<small>zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b")]
    private static partial Regex NumberWord();
}
