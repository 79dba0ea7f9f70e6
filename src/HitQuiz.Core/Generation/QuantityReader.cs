using System.Globalization;
using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>Finds the numbers in a sentence: money, percentages, durations, calendar years and counts.</summary>
internal static partial class QuantityReader
{
    [GeneratedRegex(@"(?<hedge>\b(?:about|nearly|almost|approximately|around|roughly|up to|more than|over|at least|less than|under|some)\s+)?(?<plus>\+)?(?<money>\$)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<pct>%|\s+percent\b)|(?<dur>-years?\b|\s+years?\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    public static IReadOnlyList<Quantity> Read(string sentence)
    {
        if (!sentence.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return []; // most options and stems state no number; skip the pattern
        }

        var found = new List<Quantity>();
        foreach (Match m in NumberPattern().Matches(sentence))
        {
            if (IsInsideWord(sentence, m.Index) || !TryParse(m.Groups["num"].ValueSpan, out var value))
            {
                continue;
            }

            var unit = UnitOf(m, value);
            if (unit == QuantityUnit.Count && value < 10 && !m.Groups["plus"].Success)
            {
                continue; // small bare counts ("2 of them") are rarely a fact worth asking
            }

            var hedge = m.Groups["hedge"].Success ? m.Groups["hedge"].Value.Trim() : null;
            var text = m.Value.Trim();
            found.Add(new Quantity(value, unit, text, hedge, m.Index, text.Length));
        }

        return found;
    }

    // The number without its thousands separators ("39,340" is 39340).
    private static bool TryParse(ReadOnlySpan<char> number, out decimal value)
    {
        var digits = number.Length <= 64 ? stackalloc char[number.Length] : new char[number.Length];
        var length = 0;
        foreach (var c in number)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }

        return decimal.TryParse(digits[..length], NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsInsideWord(string s, int index) => index > 0 && (char.IsLetter(s[index - 1]) || s[index - 1] == '-');

    private static QuantityUnit UnitOf(Match m, decimal value) =>
        m.Groups["money"].Success ? QuantityUnit.Money
        : m.Groups["pct"].Success ? QuantityUnit.Percent
        : m.Groups["dur"].Success ? QuantityUnit.Years
        : !m.Groups["num"].ValueSpan.Contains(',') && value is >= 1900 and <= 2100 && value == decimal.Truncate(value) ? QuantityUnit.Year
        : QuantityUnit.Count;
}
