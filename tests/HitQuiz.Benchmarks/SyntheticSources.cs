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
    /// (from <paramref name="first"/> on), so the document is not one article repeated verbatim. With
    /// <paramref name="distinct"/> their words differ too, so their items are not near-duplicates of each other's.
    /// </summary>
    public static string Build(string[] articles, int bytes, int first = 0, bool distinct = false)
    {
        var text = new StringBuilder();
        for (var i = first; text.Length < bytes; i++)
        {
            var copy = (distinct ? Vary(articles[i % articles.Length], i) : articles[i % articles.Length])
                .Replace("Job Outlook", $"Job Outlook In Region {i}", StringComparison.Ordinal)
                .Replace("Quick Look", $"Quick Look ({i})", StringComparison.Ordinal)
                .Replace("21", (21 + (i % 50)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("$39,340", $"${39_340 + (i * 10):N0}", StringComparison.Ordinal);
            text.Append(copy).Append("\n\n");
        }

        return text.ToString();
    }

    // Every third longer lower-case word gets a suffix spelling the copy's number in letters ("records" → "recordsbc").
    private static string Vary(string article, int copy)
    {
        var tag = new string([.. copy.ToString(CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0'))]);
        return string.Join(' ', article.Split(' ').Select((w, k) => w.Length > 5 && k % 3 == 0 && char.IsLower(w[0]) && w.All(char.IsLetter) ? w + tag : w));
    }
}
