using System.Globalization;
using HitQuiz.Cli;

namespace HitQuiz.Benchmarks;

/// <summary>
/// The instructor's <c>report</c> over every learner of the scale database, through the verb's own code (text
/// output), in its own process for its peak memory. The first run also pays for loading code and folding any answers
/// not yet in the digests.
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
            $"  report over all learners, first run in this process (digests as sessions leave them)  {first.Median,8:0} ms  ({lines:N0} lines)  [budget ≤ 2000 ms: {(first.Median <= 2000 ? "met" : "MISSED")}]"));
        output.WriteLine($"  report over all learners, later runs                                             {warm.Summary(2000)}");
        output.WriteLine($"  of which, in the last run: {Breakdown()}");
        var peak = Timing.PeakMegabytes();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  peak memory of this report process (VmHWM) {peak:0} MB  [budget ≤ 200 MB: {(peak <= 200 ? "met" : "MISSED")}]"));
        return 0;
    }

    // The report verb's three stages, timed apart: reading every learner's digest, the analysis, the text.
    private string Breakdown()
    {
        var (read, analyse, write) = (new Timing(), new Timing(), new Timing());
        using var store = HitQuiz.Storage.QuizStore.Open(database);
        var learners = read.Time(store.AllLearnerItems);
        var report = analyse.Time(() => HitQuiz.Stats.ClassReport.Of(learners));
        write.Time(() => ReportText.Write([database], report, null).Length);
        return string.Create(CultureInfo.InvariantCulture,
            $"reading {learners.Count} learners' digests {read.Median:0} ms, analysis {analyse.Median:0} ms, text {write.Median:0} ms");
    }

    private int Report()
    {
        using var text = new StringWriter();
        if (ReportCommand.Run([database], null, false, "text", CliEnvironment.FromConsole() with { Output = text }) != 0)
        {
            throw new InvalidOperationException("report failed");
        }

        return text.ToString().Count(c => c == '\n');
    }
}
