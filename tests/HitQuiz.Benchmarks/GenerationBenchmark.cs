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
        var shipped = File.ReadAllText(Path.Combine(repo, "questions", "sources", "how-to-become-a-health-information-technician.txt"));
        var second = File.ReadAllText(Path.Combine(repo, "tests", "HitQuiz.Core.Tests", "Generation", "Fixtures", "medical-records-specialists.txt"));
        output.WriteLine($"generation, {runs} runs after warm-up, median / min (parse + generate)");
        var small = Time("shipped article", shipped, runs);
        var one = Time("~1 MB of varied articles", Build([shipped, second], 1 << 20), Math.Max(3, runs / 10));
        var four = Time("~4 MB of varied articles", Build([shipped, second], 4 << 20), Math.Max(3, runs / 20));
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

    // Copies differ in their headings and numbers, so the document is not one article repeated verbatim.
    private static string Build(string[] articles, int bytes)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < bytes; i++)
        {
            var copy = articles[i % articles.Length]
                .Replace("Job Outlook", $"Job Outlook In Region {i}", StringComparison.Ordinal)
                .Replace("Quick Look", $"Quick Look ({i})", StringComparison.Ordinal)
                .Replace("21", (21 + (i % 50)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("$39,340", $"${39_340 + (i * 10):N0}", StringComparison.Ordinal);
            text.Append(copy).Append("\n\n");
        }

        return text.ToString();
    }
}
