using System.Globalization;

namespace HitQuiz.Generation;

/// <summary>
/// A number as a source states it: value, unit, surface text ("$39,340", "21 percent", "2-year") and hedge
/// ("about", "nearly", "up to"), with its position in the sentence it came from.
/// </summary>
public sealed record Quantity(decimal Value, QuantityUnit Unit, string Text, string? Hedge, int Start, int Length)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The range of true values the statement allows: a hedge widens an exact number.</summary>
    public (decimal Low, decimal High) Range => Hedge?.ToLowerInvariant() switch
    {
        "about" or "approximately" or "around" or "roughly" or "some" => (Value * 0.9m, Value * 1.1m),
        "nearly" or "almost" => (Value * 0.9m, Value),
        "up to" or "less than" or "under" or "at most" => (0m, Value),
        "more than" or "over" or "at least" => (Value, decimal.MaxValue),
        _ => (Value, Value),
    };

    /// <summary>The number without its hedge, as written ("$34,000" for "about $34,000").</summary>
    public string Bare => Hedge is null ? Text : Text[(Hedge.Length + 1)..];

    /// <summary>True when both statements can hold at once (their ranges overlap).</summary>
    public bool IsCompatibleWith(Quantity other) =>
        Unit == other.Unit && Range.Low <= other.Range.High && other.Range.Low <= Range.High;

    /// <summary>The rounding step of the stated number: 39,340 → 10, 66,000 → 1,000, 21 → 1.</summary>
    public decimal Precision
    {
        get
        {
            if (Value <= 0 || Value != decimal.Truncate(Value))
            {
                return 1m;
            }

            var step = 1m;
            while (Value % (step * 10) == 0 && step * 10 < Value)
            {
                step *= 10;
            }

            return step;
        }
    }

    /// <summary>Writes another value the way this one is written (same unit, separators and suffix).</summary>
    public string Format(decimal value)
    {
        var bare = Bare;
        // An amount written with cents ("$6.50") gives others with as many decimals ("$8.00").
        var cents = Unit == QuantityUnit.Money && Value.Scale > 0;
        var grouped = bare.Contains(',', StringComparison.Ordinal) || (Unit == QuantityUnit.Money && value >= 1000);
        var number = cents ? value.ToString((grouped ? "#,0." : "0.") + new string('0', Value.Scale), Invariant)
            : grouped ? value.ToString("#,0.##", Invariant)
            : value.ToString("0.##", Invariant);
        var prefix = bare.StartsWith('+') ? "+" : bare.StartsWith('$') ? "$" : "";
        return Unit switch
        {
            QuantityUnit.Percent => bare.EndsWith('%') ? $"{number}%" : $"{number} percent",
            QuantityUnit.Years when bare.Contains('-', StringComparison.Ordinal) => $"{number}-year",
            QuantityUnit.Years => value == 1 ? $"{number} year" : $"{number} years",
            _ => prefix + number,
        };
    }

    /// <summary>The forms a learner may type for this number: "21%", "21 percent", "21".</summary>
    public IReadOnlyList<string> AcceptedAnswers()
    {
        var plain = Value.ToString("0.##", Invariant);
        var grouped = Value.ToString("#,0.##", Invariant);
        List<string> forms = Unit switch
        {
            QuantityUnit.Money => Cents(grouped, plain),
            QuantityUnit.Percent => [$"{plain}%", $"{plain} percent", plain],
            QuantityUnit.Years => [Value == 1 ? $"{plain} year" : $"{plain} years", $"{plain}-year", plain],
            _ => [Bare, grouped, plain],
        };
        if (Hedge is not null)
        {
            forms.Insert(0, Text);
        }

        return forms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // An amount is accepted with the decimals the source writes ("$6.50", "6.50") as well as without trailing zeros
    // ("$6.5"): the number's own scale keeps the zeros that "0.##" drops.
    private List<string> Cents(string grouped, string plain)
    {
        var scale = Value.Scale;
        if (scale == 0)
        {
            return [$"${grouped}", grouped, $"${plain}", plain];
        }

        var decimals = new string('0', scale);
        var writtenGrouped = Value.ToString("#,0." + decimals, Invariant);
        var writtenPlain = Value.ToString("0." + decimals, Invariant);
        return [$"${writtenGrouped}", writtenGrouped, $"${writtenPlain}", writtenPlain, $"${grouped}", grouped, $"${plain}", plain];
    }
}
