using HitQuiz.Study;

namespace HitQuiz.Core.Tests.Study;

public sealed class ExamBlueprintTests
{
    [Theory]
    [InlineData(10_000, null, null, 150, 210.0)]
    [InlineData(150, null, null, 150, 210.0)]
    [InlineData(50, null, null, 50, 70.0)]
    [InlineData(10_000, 20, null, 20, 28.0)]
    [InlineData(10_000, null, 35, 25, 35.0)]
    [InlineData(10_000, 40, 30, 40, 30.0)]
    [InlineData(12, 40, null, 12, 16.8)]
    public void The_exam_is_the_RHIT_blueprint_scaled_down_keeping_the_time_per_item(
        int bank, int? count, int? minutes, int items, double expectedMinutes)
    {
        var blueprint = ExamBlueprint.For(bank, count, minutes);

        Assert.Equal(items, blueprint.Items);
        Assert.Equal(expectedMinutes, blueprint.Duration.TotalMinutes, 6);
    }

    [Fact]
    public void An_empty_bank_gives_an_exam_of_no_items() => Assert.Equal(0, ExamBlueprint.For(0, null, null).Items);
}
