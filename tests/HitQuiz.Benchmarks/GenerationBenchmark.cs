using System.Diagnostics;
using System.Globalization;
using System.Text;
using HitQuiz.Generation;
using HitQuiz.Sources;

namespace HitQuiz.Benchmarks;

/// <summary>
/// Times generation (parse + generate) on the shipped article and on ~1, ~4 and ~8 MB documents made by
/// concatenating varied copies of the two articles in the repository, and reports MB/s and the growth ratios
/// (linear growth is a ratio of about 4 for 4 MB / 1 MB; the budget is 4.5).
/// </summary>
internal sealed class GenerationBenchmark(string repo, int runs, TextWriter output)
{
    public int Run()
    {
        var (shipped, second) = SyntheticSources.Articles(repo);
        var cores = AppContext.TryGetSwitch(QuestionGenerator.OneCoreSwitch, out var oneCore) && oneCore ? "on one core" : $"on {Environment.ProcessorCount} cores";
        output.WriteLine($"generation, median / min of timed runs after warm-up (parse + generate), {cores}{Load()}");
        var oneMegabyte = SyntheticSources.Build([shipped, second], 1 << 20);
        var distinctMegabyte = SyntheticSources.Build([shipped, second], 1 << 20, distinct: true);
        WarmUp(oneMegabyte, distinctMegabyte);
        var small = Time("shipped article", shipped, runs);
        var one = Time("~1 MB of varied articles", oneMegabyte, Math.Max(5, runs / 5));
        var four = Time("~4 MB of varied articles", SyntheticSources.Build([shipped, second], 4 << 20), Math.Max(5, runs / 10));
        var eight = Time("~8 MB of varied articles", SyntheticSources.Build([shipped, second], 8 << 20), Math.Max(5, runs / 10));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"time ratios: 4 MB / 1 MB {four.Median / one.Median:0.00} (linear about 4, budget 4.5); 8 MB / 1 MB {eight.Median / one.Median:0.00} (linear about 8)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: 1 MB {one.MegabytesPerSecond:0.0} MB/s, 4 MB {four.MegabytesPerSecond:0.0} MB/s, 8 MB {eight.MegabytesPerSecond:0.0} MB/s (target at least 5); shipped article {small.Median:0.0} ms (target under 20)"));
        // Copies whose words differ, so their items are not near-duplicates of each other's and all reach the audit.
        // More runs than the varied sizes: one slow run among three moved the median by a fifth on a shared machine.
        var distinctOne = Time("~1 MB of distinct articles", distinctMegabyte, Math.Max(9, runs / 5));
        var distinctFour = Time("~4 MB of distinct articles", SyntheticSources.Build([shipped, second], 4 << 20, distinct: true), Math.Max(7, runs / 10));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"distinct articles: 4 MB / 1 MB {distinctFour.Median / distinctOne.Median:0.00} (budget 4.5); {distinctOne.MegabytesPerSecond:0.0} and {distinctFour.MegabytesPerSecond:0.0} MB/s (target at least 5)"));
        return small.Median > 0 ? 0 : 1;
    }

    /// <summary>
    /// Times <c>hitquiz generate FILE -o OUT</c> as users run it: the Native AOT program starting, reading the source,
    /// generating and writing the question file, three times per size, with its peak memory.
    /// </summary>
    public int RunNative()
    {
        var folder = Path.Combine(repo, "artifacts", "generate");
        output.WriteLine("Publishing hitquiz with Native AOT (about a minute) ...");
        if (!Processes.Publish(Path.Combine(repo, "src", "HitQuiz"), folder))
        {
            output.WriteLine("  publishing failed");
            return 1;
        }

        var (shipped, second) = SyntheticSources.Articles(repo);
        var work = Directory.CreateTempSubdirectory("hitquiz-generate-");
        try
        {
            output.WriteLine($"`hitquiz generate FILE -o OUT`, Native AOT process: wall time / peak memory of 3 runs{Load()}");
            foreach (var distinct in new[] { false, true })
            {
                var medians = new Dictionary<int, double>();
                foreach (var megabytes in new[] { 1, 4, 8 })
                {
                    var text = SyntheticSources.Build([shipped, second], megabytes << 20, distinct: distinct);
                    var file = Path.Combine(work.FullName, $"{megabytes}mb-{(distinct ? "distinct" : "varied")}.txt");
                    File.WriteAllText(file, text);
                    // time(1) gives each run's peak memory; the wall time is also taken here, to the millisecond.
                    var seconds = new List<double>();
                    var runs = Enumerable.Range(0, 3).Select(_ =>
                    {
                        var start = Stopwatch.GetTimestamp();
                        var run = Processes.Timed("/usr/bin/time", ["-f", "%e s %M KB", Path.Combine(folder, "hitquiz"), "generate", file, "-o", Path.Combine(work.FullName, "out.quiz.md"), "--force"]);
                        seconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                        return run;
                    }).ToList();
                    seconds.Sort();
                    var size = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  ~{megabytes} MB of {(distinct ? "distinct" : "varied"),-8} articles: {string.Join(", ", runs)}; median {size / seconds[1]:0.0} MB/s"));
                    medians[megabytes] = seconds[1];
                }

                // The whole process, start and file writing included: what a learner or instructor waits for.
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {(distinct ? "distinct" : "varied")} time ratios: 4 MB / 1 MB {medians[4] / medians[1]:0.00} (linear about 4, budget 4.5); 8 MB / 1 MB {medians[8] / medians[1]:0.00} (linear about 8)"));
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        return 0;
    }

    private (double Median, double MegabytesPerSecond) Time(string label, string text, int count)
    {
        Generate(text);
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Each run starts from a collected heap, as a fresh process would, so one run's garbage is not billed to the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = Stopwatch.GetTimestamp();
            Generate(text);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        var median = samples[samples.Length / 2];
        var megabytes = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);
        var rate = megabytes / (median / 1000);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-26} {megabytes * 1024,8:0} KB  {count,3} runs  median {median,8:0.0} ms  min {samples[0],8:0.0} ms  {rate,6:0.0} MB/s  {Count(text)} items"));
        return (median, rate);
    }

    // Tiered compilation optimises hot methods only after they have run for a while (in the background, which is slow
    // on a busy machine); without this the first size timed would pay for it and the ratios would mislead. Both kinds
    // of text are run: distinct text reaches the audit's paths, which repeated text mostly does not.
    private static void WarmUp(string repeated, string distinct)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 10 || clock.Elapsed < TimeSpan.FromSeconds(10); i++)
        {
            Generate(i % 2 == 0 ? repeated : distinct);
        }
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";

    private static void Generate(string text) => QuestionGenerator.Generate(PlainTextSourceParser.Parse("sources/bench.txt", text));

    private static int Count(string text) => QuestionGenerator.Generate(PlainTextSourceParser.Parse("sources/bench.txt", text)).Questions.Count;
}
