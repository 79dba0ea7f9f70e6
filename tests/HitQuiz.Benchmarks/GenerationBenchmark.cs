using System.Diagnostics;
using System.Globalization;
using System.Text;
using HitQuiz.Generation;
using HitQuiz.Sources;

namespace HitQuiz.Benchmarks;

/// <summary>
/// Times generation (parse + generate) on the shipped article and on ~1 MB and ~4 MB documents made by
/// concatenating varied copies of the two articles in the repository, and reports MB/s and the 4 MB / 1 MB ratio.
/// </summary>
internal sealed class GenerationBenchmark(string repo, int runs, TextWriter output)
{
    public int Run()
    {
        var (shipped, second) = SyntheticSources.Articles(repo);
        output.WriteLine($"generation, {runs} runs after warm-up, median / min (parse + generate)");
        var small = Time("shipped article", shipped, runs);
        var one = Time("~1 MB of varied articles", SyntheticSources.Build([shipped, second], 1 << 20), Math.Max(3, runs / 10));
        var four = Time("~4 MB of varied articles", SyntheticSources.Build([shipped, second], 4 << 20), Math.Max(3, runs / 20));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"4 MB / 1 MB time ratio: {four / one:0.00} (linear would be about 4; budget 4.5)"));
        return small > 0 ? 0 : 1;
    }

    private double Time(string label, string text, int runs)
    {
        Generate(text);
        var samples = Enumerable.Range(0, runs).Select(_ => Stopwatch.StartNew()).Select(clock =>
        {
            Generate(text);
            return clock.Elapsed.TotalMilliseconds;
        }).Order().ToArray();
        var median = samples[samples.Length / 2];
        var megabytes = Encoding.UTF8.GetByteCount(text) / (1024.0 * 1024.0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-26} {megabytes * 1024,8:0} KB  median {median,8:0.0} ms  min {samples[0],8:0.0} ms  {megabytes / (median / 1000),6:0.0} MB/s  {Count(text)} items"));
        return median;
    }

    private static void Generate(string text) => QuestionGenerator.Generate(PlainTextSourceParser.Parse("sources/bench.txt", text));

    private static int Count(string text) => QuestionGenerator.Generate(PlainTextSourceParser.Parse("sources/bench.txt", text)).Questions.Count;
}
