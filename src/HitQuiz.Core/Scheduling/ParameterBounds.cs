using System.Globalization;

namespace HitQuiz.Scheduling;

/// <summary>py-fsrs 6's bounds on the weights and the checks on the other options.</summary>
internal static class ParameterBounds
{
    public const double MinStability = 0.001;

    private static readonly double[] Lower =
    [
        MinStability, MinStability, MinStability, MinStability, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ];

    private static readonly double[] Upper =
    [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ];

    public static void Validate(SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidateParameters(options.Parameters, nameof(options));
        if (!(options.DesiredRetention is > 0 and <= 1))
        {
            throw new ArgumentException(
                $"DesiredRetention must be in (0, 1], got {Format(options.DesiredRetention)}.", nameof(options));
        }

        if (options.MaximumInterval < 1)
        {
            throw new ArgumentException($"MaximumInterval must be at least 1 day, got {options.MaximumInterval}.", nameof(options));
        }

        if (options.LearningSteps.Concat(options.RelearningSteps).Any(step => step <= TimeSpan.Zero))
        {
            throw new ArgumentException("Learning and relearning steps must be positive.", nameof(options));
        }
    }

    private static void ValidateParameters(IReadOnlyList<double>? parameters, string paramName)
    {
        if (parameters is null || parameters.Count != Lower.Length)
        {
            throw new ArgumentException(
                $"Expected {Lower.Length} FSRS parameters, got {parameters?.Count ?? 0}.", paramName);
        }

        var problems = Enumerable.Range(0, Lower.Length)
            .Where(i => !(parameters[i] >= Lower[i] && parameters[i] <= Upper[i]))
            .Select(i => $"parameters[{i}] = {Format(parameters[i])} is out of bounds [{Format(Lower[i])}, {Format(Upper[i])}]")
            .ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "One or more FSRS parameters are out of bounds:\n" + string.Join("\n", problems), paramName);
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
