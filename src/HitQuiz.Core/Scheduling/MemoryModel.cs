namespace HitQuiz.Scheduling;

/// <summary>
/// The FSRS-6 formulas for stability, difficulty, retrievability and intervals, written in the same order of
/// operations as py-fsrs 6 so results agree to the last bits that matter for rounding intervals.
/// </summary>
internal sealed class MemoryModel(IReadOnlyList<double> w, double desiredRetention, int maximumInterval)
{
    private const double MinDifficulty = 1.0;
    private const double MaxDifficulty = 10.0;

    private readonly double _decay = -w[20];
    private readonly double _factor = Math.Pow(0.9, 1 / -w[20]) - 1;

    public double Retrievability(long elapsedDays, double stability) =>
        Math.Pow(1 + _factor * elapsedDays / stability, _decay);

    public int NextInterval(double stability)
    {
        var days = stability / _factor * (Math.Pow(desiredRetention, 1 / _decay) - 1);

        // Banker's rounding, as Python's round() does; then at least one day and at most the maximum.
        var rounded = Math.Round(days, MidpointRounding.ToEven);
        return (int)Math.Min(Math.Max(rounded, 1), maximumInterval);
    }

    public double InitialStability(Grade grade) => ClampStability(w[(int)grade - 1]);

    public double InitialDifficulty(Grade grade) => ClampDifficulty(UnclampedInitialDifficulty(grade));

    public double NextDifficulty(double difficulty, Grade grade)
    {
        var delta = -(w[6] * ((int)grade - 3));

        // Linear damping: changes shrink as difficulty approaches 10.
        var damped = difficulty + (10.0 - difficulty) * delta / 9.0;

        // Mean reversion towards the initial difficulty of an Easy first review keeps D from drifting for ever.
        var reverted = w[7] * UnclampedInitialDifficulty(Grade.Easy) + (1 - w[7]) * damped;
        return ClampDifficulty(reverted);
    }

    public double ShortTermStability(double stability, Grade grade)
    {
        var increase = Math.Exp(w[17] * ((int)grade - 3 + w[18])) * Math.Pow(stability, -w[19]);

        // A successful same-day review must never lower stability.
        if (grade is Grade.Good or Grade.Easy)
        {
            increase = Math.Max(increase, 1.0);
        }

        return ClampStability(stability * increase);
    }

    public double NextStability(double difficulty, double stability, double retrievability, Grade grade)
    {
        var next = grade == Grade.Again
            ? ForgetStability(difficulty, stability, retrievability)
            : RecallStability(difficulty, stability, retrievability, grade);
        return ClampStability(next);
    }

    private double RecallStability(double difficulty, double stability, double retrievability, Grade grade)
    {
        var hardPenalty = grade == Grade.Hard ? w[15] : 1;
        var easyBonus = grade == Grade.Easy ? w[16] : 1;
        return stability * (1
            + Math.Exp(w[8])
            * (11 - difficulty)
            * Math.Pow(stability, -w[9])
            * (Math.Exp((1 - retrievability) * w[10]) - 1)
            * hardPenalty
            * easyBonus);
    }

    private double ForgetStability(double difficulty, double stability, double retrievability)
    {
        var longTerm = w[11]
            * Math.Pow(difficulty, -w[12])
            * (Math.Pow(stability + 1, w[13]) - 1)
            * Math.Exp((1 - retrievability) * w[14]);

        // A lapse never leaves the card more stable than a same-day Again would.
        var shortTerm = stability / Math.Exp(w[17] * w[18]);
        return Math.Min(longTerm, shortTerm);
    }

    private double UnclampedInitialDifficulty(Grade grade) => w[4] - Math.Exp(w[5] * ((int)grade - 1)) + 1;

    private static double ClampStability(double stability) => Math.Max(stability, ParameterBounds.MinStability);

    private static double ClampDifficulty(double difficulty) => Math.Clamp(difficulty, MinDifficulty, MaxDifficulty);
}
