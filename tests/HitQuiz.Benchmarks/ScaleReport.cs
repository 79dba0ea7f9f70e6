using System.Globalization;
using HitQuiz.Cli;

namespace HitQuiz.Benchmarks;

/// <summary>
/// The instructor's <c>report</c> over every learner of the scale database, through the verb's own code (text
/// output), in its own process for its peak memory. The first run is on a database whose statistics were never read.
/// </summary>
internal sealed class ScaleReport(string database, int runs, TextWriter output)
{
    public int Run()
    {
        var lines = 0;
        var first = new Timing();
        first.Time(() => lines = Report());
        var warm = Timing.Of(runs, () => Report(), warmUp: 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  report over all learners, first run (statistics never read: folds every answer)  {first.Median,8:0} ms  ({lines:N0} lines)  [budget ≤ 2000 ms: {(first.Median <= 2000 ? "met" : "MISSED")}]"));
        output.WriteLine($"  report over all learners, later runs                                             {warm.Summary(2000)}");
        var peak = Timing.PeakMegabytes();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  peak memory of this report process (VmHWM) {peak:0} MB  [budget ≤ 200 MB: {(peak <= 200 ? "met" : "MISSED")}]"));
        return 0;
    }

    private int Report()
    {
        using var text = new StringWriter();
        if (ReportCommand.Run([database], null, "text", text, Console.Error) != 0)
        {
            throw new InvalidOperationException("report failed");
        }

        return text.ToString().Count(c => c == '\n');
    }
}
