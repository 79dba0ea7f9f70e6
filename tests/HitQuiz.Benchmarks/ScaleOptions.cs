using System.Globalization;

namespace HitQuiz.Benchmarks;

/// <summary>The scale benchmark's sizes: <c>--items</c>, <c>--answers</c>, <c>--learners</c>, <c>--runs</c>, <c>--dir</c> (the cache); <c>--jit</c> measures the Release JIT build instead of Native AOT.</summary>
internal sealed record ScaleOptions(int Items, int Answers, int Learners, int Runs, string Cache, bool Jit)
{
    public static ScaleOptions Parse(IReadOnlyList<string> args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new ScaleOptions(
            Number("--items", 100_000),
            Number("--answers", 1_000_000),
            Number("--learners", 50),
            Number("--runs", 200),
            Value("--dir") ?? Path.Combine(Path.GetTempPath(), "hitquiz-scale"),
            args.Contains("--jit"));
    }
}
