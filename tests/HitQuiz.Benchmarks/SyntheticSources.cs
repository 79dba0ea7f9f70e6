using System.Globalization;
using System.Text;

namespace HitQuiz.Benchmarks;

/// <summary>Large source documents made from the repository's two articles, for timing and filling the generator.</summary>
internal static class SyntheticSources
{
    public static (string Shipped, string Second) Articles(string repo) => (
        File.ReadAllText(Path.Combine(repo, "questions", "sources", "how-to-become-a-health-information-technician.txt")),
        File.ReadAllText(Path.Combine(repo, "tests", "HitQuiz.Core.Tests", "Generation", "Fixtures", "medical-records-specialists.txt")));

    /// <summary>
    /// About <paramref name="bytes"/> of varied copies of the articles; copies differ in their headings and numbers
    /// (from <paramref name="first"/> on), so the document is not one article repeated verbatim.
    /// </summary>
    public static string Build(string[] articles, int bytes, int first = 0)
    {
        var text = new StringBuilder();
        for (var i = first; text.Length < bytes; i++)
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
