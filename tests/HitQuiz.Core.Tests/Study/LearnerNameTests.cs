using HitQuiz.Study;

namespace HitQuiz.Core.Tests.Study;

public sealed class LearnerNameTests
{
    [Theory]
    [InlineData("Ana")]
    [InlineData("Ana Lee-Ortiz")]
    [InlineData("Zoë O'Brien")]
    [InlineData("李小龙")]
    public void An_ordinary_name_in_any_script_is_a_learner_name(string name) => Assert.Null(LearnerName.Problem(name));

    [Theory]
    [InlineData("Ana\tLee")]
    [InlineData("Ana\nLee")]
    [InlineData("\u001b[31mAna")]
    [InlineData("Ana\u009b2J")]
    public void A_name_with_a_control_character_of_either_range_is_refused(string name) =>
        Assert.Equal("a learner's name cannot hold tabs, line breaks or other control characters.", LearnerName.Problem(name));

    [Fact]
    public void A_name_may_have_up_to_64_characters()
    {
        Assert.Null(LearnerName.Problem(new string('a', 64)));
        Assert.Equal("a learner's name is at most 64 characters.", LearnerName.Problem(new string('a', 65)));
    }

    [Theory]
    [InlineData("Ana", "Ana")]
    [InlineData("Ana\tLee", "Ana\uFFFDLee")]
    [InlineData("\u001b[2JAna", "\uFFFD[2JAna")]
    [InlineData("Ana\u009b2J", "Ana\uFFFD2J")]
    public void A_stored_name_is_shown_with_each_control_character_replaced_so_it_cannot_drive_the_terminal(string stored, string shown) =>
        Assert.Equal(shown, LearnerName.Shown(stored));
}
