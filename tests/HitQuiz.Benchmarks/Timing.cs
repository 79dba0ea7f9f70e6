using System.Diagnostics;
using System.Globalization;

namespace HitQuiz.Benchmarks;

/// <summary>Samples in milliseconds, reported as median, p99 and max; and the process's peak memory.</summary>
internal sealed class Timing
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public double Median => Sorted()[_samples.Count / 2];

    public double P99 => Sorted()[(int)Math.Ceiling(0.99 * _samples.Count) - 1];

    /// <summary>Runs <paramref name="action"/> <paramref name="runs"/> times after a few warm-up calls and times each call.</summary>
    public static Timing Of(int runs, Action action, int warmUp = 3)
    {
        for (var i = 0; i < warmUp; i++)
        {
            action();
        }

        var timing = new Timing();
        for (var i = 0; i < runs; i++)
        {
            timing.Time(action);
        }

        return timing;
    }

    public T Time<T>(Func<T> action)
    {
        var start = Stopwatch.GetTimestamp();
        var result = action();
        _samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    public void Add(double milliseconds) => _samples.Add(milliseconds);

    public void Time(Action action) => Time(() =>
    {
        action();
        return 0;
    });

    /// <summary>"median 1.2 ms, p99 3.4 ms, max 5.6 ms (200 runs)", and the budget's verdict when one is given.</summary>
    public string Summary(double? budgetP99 = null)
    {
        var sorted = Sorted();
        var verdict = budgetP99 is double b ? (P99 <= b ? $"  [budget p99 ≤ {b:0} ms: met]" : $"  [budget p99 ≤ {b:0} ms: MISSED]") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"median {Median,8:0.00} ms, p99 {P99,8:0.00} ms, max {sorted[^1],8:0.00} ms ({sorted.Length} runs){verdict}");
    }

    /// <summary>The process's peak resident memory so far (VmHWM), in MB.</summary>
    public static double PeakMegabytes() => Status("VmHWM:");

    /// <summary>"resident 123 MB, peak 234 MB, managed heap 56 MB".</summary>
    public static string Memory() => string.Create(CultureInfo.InvariantCulture,
        $"resident {Status("VmRSS:"):0} MB, peak {Status("VmHWM:"):0} MB, managed heap {GC.GetTotalMemory(false) / 1_048_576.0:0} MB");

    private static double Status(string field) =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith(field, StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0)
            .FirstOrDefault();

    private double[] Sorted() => [.. _samples.Order()];
}
