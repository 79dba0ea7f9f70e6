using HitQuiz.Sources;

namespace HitQuiz.Generation;

/// <summary>
/// The articles of a document that holds several pages pasted one after another. Facts are checked for conflicts,
/// and numeric distractors drawn, within the article that states them: two articles may state the same attribute
/// ("Median Salary") for different occupations, regions or years, and a learner reading one article is asked about
/// what that article says. Comparing across articles would report differences as conflicts, offer another page's
/// figure as a wrong answer, and grow with the square of the document.
/// </summary>
/// <remarks>
/// A page ends with its furniture: a section that is wholly boilerplate (a comment form, "Related articles"), or a
/// section whose last line is a page's closing or opening line ("Back to Top", "Skip to content"). The next section
/// starts a new article. Headings alone never split one: an article may repeat its own title mid-way. Page text
/// pasted without furniture stays one article, which is the conservative reading (conflicts are still reported).
/// </remarks>
internal sealed class Articles
{
    private static readonly HashSet<string> PageEdges = new(StringComparer.Ordinal)
    {
        "back to top", "skip to content", "skip to main content", "all rights reserved",
    };

    private readonly int[] _starts;

    public Articles(SourceDocument document)
    {
        var starts = new List<int>();
        for (var i = 1; i < document.Sections.Count; i++)
        {
            if (EndsPage(document.Sections[i - 1]))
            {
                starts.Add(document.Sections[i].FirstLine);
            }
        }

        _starts = [.. starts];
    }

    private Articles() => _starts = [];

    /// <summary>A document read as one article.</summary>
    public static Articles Single { get; } = new();

    public int Count => _starts.Length + 1;

    /// <summary>The 0-based article that contains the 1-based line.</summary>
    public int At(int line)
    {
        var i = Array.BinarySearch(_starts, line);
        return i >= 0 ? i + 1 : ~i;
    }

    private static bool EndsPage(Section section) =>
        section.Blocks.Count > 0
        && (section.Blocks.All(b => b.Kind == BlockKind.Boilerplate)
            || section.Blocks[^1].Kind == BlockKind.Boilerplate && PageEdges.Contains(Words.Normalize(section.Blocks[^1].Text)));
}
