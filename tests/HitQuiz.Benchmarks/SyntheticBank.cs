using System.Globalization;
using System.Text;
using HitQuiz.Generation;
using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Benchmarks;

/// <summary>
/// The scale benchmark's bank, written as question files under a cache folder keyed by a hash of the sources and
/// the size, so later runs load it instead of generating it again. The items come from the real generator run over
/// large synthetic sources (varied copies of the repository's two articles); the generator drops repeated facts,
/// so those sources yield only a few hundred distinct items, and the bank is filled to its size with copies of them
/// under distinct ids, spread over the six RHIT domains.
/// </summary>
internal static class SyntheticBank
{
    private const int Documents = 16;
    private const int DocumentBytes = 64 * 1024;
    private const int PerFile = 5_000;

    private static readonly string[] Domains =
    [
        "Data Content, Structure & Information Governance", "Access, Disclosure, Privacy & Security", "Data Analytics & Use",
        "Revenue Cycle Management", "Compliance", "Leadership",
    ];

    /// <summary>The questions folder holding the bank (built now if it is not cached yet).</summary>
    public static string Prepare(string repo, string cache, int items, TextWriter output)
    {
        var (shipped, second) = SyntheticSources.Articles(repo);
        var sources = Enumerable.Range(0, Documents)
            .Select(d => SyntheticSources.Build([shipped, second], DocumentBytes, first: d * 1000))
            .ToList();
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', sources))))[..16];
        var root = Path.Combine(cache, $"bank-{items}-{key}");
        if (File.Exists(Path.Combine(root, ".complete")))
        {
            output.WriteLine($"Bank: {items:N0} items cached in {root}");
            return root;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Directory.CreateDirectory(Path.Combine(root, "sources"));
        var generated = new List<Question>();
        for (var d = 0; d < sources.Count; d++)
        {
            var name = $"sources/synthetic-{d:D2}.txt";
            File.WriteAllText(Path.Combine(root, name), sources[d]);
            generated.AddRange(QuestionGenerator.Generate(PlainTextSourceParser.Parse(name, sources[d])).Questions.Select(g => g.Question));
        }

        var distinct = generated.DistinctBy(q => q.Id).ToList();
        var generation = clock.Elapsed;
        var bank = Enumerable.Range(0, items).Select(i => Copy(distinct[i % distinct.Count], i)).ToList();
        for (var f = 0; f * PerFile < bank.Count; f++)
        {
            var file = Path.Combine(root, $"bank-{f:D3}.quiz.md");
            File.WriteAllText(file, QuizFileWriter.Write($"Scale bank part {f + 1}", null, bank.Skip(f * PerFile).Take(PerFile)), Encoding.UTF8);
        }

        File.WriteAllText(Path.Combine(root, ".complete"), "");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bank: generated {generated.Count:N0} items ({distinct.Count:N0} distinct) from {Documents} synthetic sources of {DocumentBytes / 1024} KB in {generation.TotalSeconds:0.0} s; " +
            $"filled to {items:N0} items with copies under distinct ids; written to {root} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return root;
    }

    private static Question Copy(Question question, int index) => question with
    {
        Id = $"{question.Id}-{index / 1000:D3}{index % 1000:D3}",
        Topic = Domains[index % Domains.Length],
        Status = QuestionStatus.Ok,
    };
}
