using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class ArticleScopeTests
{
    private const string HealthPage =
        "Health Technicians\n\nQuick Look\nMedian Salary $39,340 per annum\nOn-the-job training No\n\nPay\n\n" +
        "The median salary was $39,340 in 2012. The best pay is up to $66,000 a year.\n\n";

    private const string CoderPage =
        "Medical Coders\n\nQuick Look\nMedian Salary $48,780 per annum\nOn-the-job training None\n\nPay\n\n" +
        "The median salary was $48,780 in 2023. Coders in large hospitals earn about $52,000 a year.\n\n";

    private const string CommentForm = "Leave a Reply\n\nYour email address will not be published.\n\n";

    private static GenerationResult Generate(string text) => QuestionGenerator.Generate(TestSources.Parse(text));

    [Fact]
    public void A_value_in_one_article_is_not_reported_as_conflicting_with_a_restatement_in_another()
    {
        Assert.Empty(Generate(HealthPage + CommentForm + CoderPage).Conflicts);
    }

    [Fact]
    public void Pages_pasted_without_furniture_between_them_are_read_as_one_article()
    {
        var conflicts = Generate(HealthPage + CoderPage).Conflicts;
        Assert.Contains(conflicts, c => c.Attribute == "Median Salary");
        Assert.Contains(conflicts, c => c.Attribute == "On-the-job training");
    }

    [Fact]
    public void A_page_ending_with_back_to_top_ends_its_article()
    {
        Assert.Empty(Generate(HealthPage + "Back to Top\n\n" + CoderPage).Conflicts);
    }

    [Fact]
    public void A_conflict_within_one_article_is_still_reported_when_the_document_holds_other_articles()
    {
        var conflicting = HealthPage.Replace("The median salary was $39,340", "The median salary was about $34,000", StringComparison.Ordinal);
        var conflict = Assert.Single(Generate(CoderPage + CommentForm + conflicting).Conflicts);
        Assert.Equal("Median Salary", conflict.Attribute);
        Assert.Equal(["$39,340", "about $34,000"], conflict.Values.Select(v => v.Text));
    }

    [Fact]
    public void Each_copy_of_the_shipped_article_reports_its_own_conflicts_and_nothing_across_copies()
    {
        var shipped = TestSources.ShippedText;
        var lines = shipped.Split('\n').Length;
        var result = Generate(shipped + "\n\n" + shipped);
        var own = TestSources.ShippedQuestions.Conflicts;
        Assert.Equal(3, own.Count);
        // Each copy restates its own figures; the acronym is defined once for the whole document.
        Assert.Equal(4, result.Conflicts.Count(c => c.Attribute != "meaning of HIT"));
        Assert.Equal(own, result.Conflicts.Take(3), ConflictComparer.Instance);
        Assert.All(result.Conflicts.Skip(3), c => Assert.All(c.Values, v => Assert.True(v.Line > lines, $"{c.Attribute} at line {v.Line}")));
    }

    [Fact]
    public void A_numeric_distractor_is_drawn_from_the_keys_own_article_only()
    {
        var result = Generate(HealthPage + CommentForm + CoderPage);
        var healthItems = result.Questions.Where(q => q.FirstLine < HealthPage.Split('\n').Length).Select(q => q.Question).ToList();
        Assert.Contains(healthItems, q => q.Options.Contains("$39,340"));
        Assert.DoesNotContain(healthItems, q => q.Options.Any(o => o is "$48,780" or "$52,000") || q.Stem.Contains("$52,000", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_article_is_one_article_although_it_repeats_its_title_midway()
    {
        Assert.Equal(1, new Articles(TestSources.Shipped()).Count);
    }

    private sealed class ConflictComparer : IEqualityComparer<Conflict>
    {
        public static readonly ConflictComparer Instance = new();

        public bool Equals(Conflict? x, Conflict? y) =>
            x is not null && y is not null && x.Attribute == y.Attribute && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(Conflict obj) => obj.Attribute.GetHashCode(StringComparison.Ordinal);
    }
}
