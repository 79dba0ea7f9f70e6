using System.Diagnostics;
using System.Globalization;

namespace HitQuiz.Startup;

internal sealed record Figures(double Median, double Min, double Max, double P90);

internal static class Timing
{
    public static Figures Measure(string label, int runs, Func<double> once)
    {
        once(); // warm the file cache; not counted
        var samples = Enumerable.Range(0, runs).Select(_ => once()).Order().ToArray();
        var figures = new Figures(Percentile(samples, 0.5), samples[0], samples[^1], Percentile(samples, 0.9));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-48} median {figures.Median,6:0.0} ms  min {figures.Min,6:0.0}  p90 {figures.P90,6:0.0}  max {figures.Max,6:0.0}"));
        return figures;
    }

    public static double RunToExit(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(double[] sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
