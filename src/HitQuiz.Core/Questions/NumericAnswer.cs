using System.Globalization;

namespace HitQuiz.Questions;

/// <summary>
/// An accepted value of a numerical question, written "1822" (exact), "1822:2" (within ±2) or "1..5" (a closed range).
/// </summary>
public sealed record NumericAnswer(double Min, double Max)
{
    private const NumberStyles Style = NumberStyles.Float | NumberStyles.AllowThousands;

    public bool Accepts(double value) => value >= Min && value <= Max;

    public static NumericAnswer? Parse(string text)
    {
        var value = text.Trim();
        var range = value.IndexOf("..", StringComparison.Ordinal);
        if (range > 0 && TryNumber(value[..range], out var low) && TryNumber(value[(range + 2)..], out var high) && low <= high)
        {
            return new NumericAnswer(low, high);
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var centre = colon < 0 ? value : value[..colon];
        var tolerance = 0.0;
        if (range >= 0 || !TryNumber(centre, out var number) || (colon >= 0 && !TryNumber(value[(colon + 1)..], out tolerance)) || tolerance < 0)
        {
            return null;
        }

        return new NumericAnswer(number - tolerance, number + tolerance);
    }

    /// <summary>A typed number: invariant culture, thousands separators allowed ("179,500").</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), Style, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
