using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class QuizFieldsTests
{
    [Theory]
    [InlineData("Sorce", "Source")]
    [InlineData("source", "Source")]
    [InlineData("Wy", "Why")]
    [InlineData("Topics", "Topic")]
    [InlineData("Evidense", "Evidence")]
    [InlineData("Statuss", "Status")]
    public void A_misspelt_field_name_suggests_the_closest_known_one(string typo, string expected)
    {
        Assert.Equal(expected, QuizFields.Suggest(typo, QuizFields.Names));
    }

    [Theory]
    [InlineData("Colour")]
    [InlineData("Note")]
    public void A_name_far_from_every_field_suggests_nothing(string name)
    {
        Assert.Null(QuizFields.Suggest(name, QuizFields.Names));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void The_edit_distance_counts_inserts_deletes_and_substitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, QuizFields.EditDistance(a, b));
    }
}
