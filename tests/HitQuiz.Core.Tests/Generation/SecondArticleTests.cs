using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Generation;

/// <summary>The generator on an occupational profile it was not tuned on (a handbook-style page with navigation).</summary>
public sealed class SecondArticleTests
{
    private static IReadOnlyList<Question> Questions => TestSources.FixtureQuestions.Questions.Select(q => q.Question).ToList();

    [Fact]
    public void An_occupational_profile_yields_a_sensible_number_of_items_of_every_kind()
    {
        Assert.True(Questions.Count >= 30, $"only {Questions.Count} items");
        Assert.All(TestSources.GeneratedKinds, k => Assert.Contains(Questions, q => q.Kind == k));
    }

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Home")]
    [InlineData("Print")]
    [InlineData("Occupational Handbook >")]
    [InlineData("Last Modified")]
    [InlineData("Suggested citation")]
    [InlineData("Back to Top")]
    public void Navigation_boilerplate_never_reaches_an_item(string fragment)
    {
        Assert.DoesNotContain(Questions, q => TestSources.Shown(q).Contains(fragment, StringComparison.Ordinal)
            || (q.Source?.Evidence ?? "").Contains(fragment, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("194,700")]
    [InlineData("9%")]
    [InlineData("17,300")]
    [InlineData("AHIMA")]
    [InlineData("NCRA")]
    [InlineData("RHIT")]
    public void The_quick_facts_and_the_credentials_are_asked(string value)
    {
        Assert.Contains(Questions, q => TestSources.Shown(q).Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public void The_duties_list_is_asked_as_things_the_specialists_typically_do()
    {
        Assert.Contains(Questions, q => q.Kind == QuestionKind.NotListed && q.Stem.Contains("medical records specialists typically do", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_qualities_gets_no_not_listed_item_for_want_of_same_kind_outsiders()
    {
        Assert.DoesNotContain(Questions, q => q.Kind == QuestionKind.NotListed && q.Stem.Contains("qualities", StringComparison.Ordinal));
    }

    [Fact]
    public void The_denied_license_requirement_is_a_false_statement()
    {
        var item = Assert.Single(Questions, q => q.Stem == "Medical records specialists are required to hold a state license.");
        Assert.Equal(["False"], item.Answers);
    }
}
