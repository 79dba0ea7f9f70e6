using HitQuiz.Scheduling;
using HitQuiz.Study;

namespace HitQuiz.Core.Tests.Study;

public sealed class GradingTests
{
    [Theory]
    [InlineData(false, null, Grade.Again)]
    [InlineData(false, Confidence.Guessed, Grade.Again)]
    [InlineData(false, Confidence.Easy, Grade.Again)]
    [InlineData(true, null, Grade.Good)]
    [InlineData(true, Confidence.Guessed, Grade.Hard)]
    [InlineData(true, Confidence.Easy, Grade.Easy)]
    public void An_answer_maps_to_a_grade(bool correct, Confidence? confidence, Grade expected) =>
        Assert.Equal(expected, Grading.GradeFor(correct, confidence));
}
