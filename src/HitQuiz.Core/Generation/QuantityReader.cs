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
        foreach (var m in NumberPattern().EnumerateMatches(sentence))
        {
            // The parts are read back from the match by their shapes, not by named groups: building the groups of
            // every match made most of the generator's garbage on number-heavy documents.
            var parts = Parts.Of(sentence.AsSpan(m.Index, m.Length));
            var number = sentence.AsSpan(m.Index + parts.Number, parts.NumberLength);
            if (IsInsideWord(sentence, m.Index) || !TryParse(number, out var value))
            {
                continue;
            }

            var unit = parts.Unit != QuantityUnit.Count ? parts.Unit
                : !number.Contains(',') && value is >= 1900 and <= 2100 && value == decimal.Truncate(value) ? QuantityUnit.Year
                : QuantityUnit.Count;
            if (unit == QuantityUnit.Count && value < 10 && !parts.Plus)
            {
                continue; // small bare counts ("2 of them") are rarely a fact worth asking
            }

            var hedge = parts.HedgeLength > 0 ? sentence.AsSpan(m.Index, parts.HedgeLength).Trim().ToString() : null;
            var text = sentence.AsSpan(m.Index, m.Length).Trim().ToString();
            found.Add(new Quantity(value, unit, text, hedge, m.Index, text.Length));
        }

        return found;
    }

    /// <summary>
    /// Where the parts of one match of the pattern are: the hedge and its spaces, then an optional "+" and "$", the
    /// number, and a unit ("%", " percent", "-year", " years").
    /// </summary>
    private readonly record struct Parts(int HedgeLength, bool Plus, bool Money, int Number, int NumberLength, QuantityUnit Unit)
    {
        public static Parts Of(ReadOnlySpan<char> match)
        {
            // A hedge is made of letters and spaces; the rest starts at the first sign or digit.
            var at = 0;
            while (at < match.Length && match[at] != '+' && match[at] != '$' && !char.IsDigit(match[at]))
            {
                at++;
            }

            var hedgeLength = at;
            var plus = at < match.Length && match[at] == '+';
            at += plus ? 1 : 0;
            var money = at < match.Length && match[at] == '$';
            at += money ? 1 : 0;
            var number = at;
            while (at < match.Length && (char.IsDigit(match[at]) || match[at] is ',' or '.'))
            {
                at++;
            }

            var suffix = match[at..];
            var unit = money ? QuantityUnit.Money
                : suffix.IsEmpty ? QuantityUnit.Count
                : suffix[0] == '%' || suffix.EndsWith("percent", StringComparison.OrdinalIgnoreCase) ? QuantityUnit.Percent
                : QuantityUnit.Years;
            return new Parts(hedgeLength, plus, money, number, at - number, unit);
        }
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
}
