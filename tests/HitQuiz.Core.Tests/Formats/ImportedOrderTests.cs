using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

public sealed class ImportedOrderTests
{
    private static Question KeyFirst(int n) =>
        new($"unit-q{n}", QuestionKind.MultipleChoice, $"Question {n}?", [$"right {n}", $"wrong a{n}", $"wrong b{n}", $"wrong c{n}"], [$"right {n}"]);

    [Fact]
    public void Imported_keys_written_first_are_spread_over_every_position()
    {
        var positions = Enumerable.Range(0, 80).Select(KeyFirst).Select(ImportedOrder.Arrange)
            .Select(q => q.Options.ToList().IndexOf(q.Answers[0])).ToList();

        Assert.All(Enumerable.Range(0, 4), p => Assert.InRange(positions.Count(x => x == p), 8, 40));
    }

    [Fact]
    public void The_order_is_the_same_at_every_import_and_keeps_every_option_and_the_key()
    {
        var question = KeyFirst(7);

        var once = ImportedOrder.Arrange(question);

        Assert.Equal(once.Options, ImportedOrder.Arrange(question).Options);
        Assert.Equal(question.Options.Order(), once.Options.Order());
        Assert.Equal(question.Answers, once.Answers);
    }

    [Theory]
    [InlineData("All of the above")]
    [InlineData("none of these")]
    [InlineData("Both A and B")]
    public void Options_that_refer_to_the_others_keep_the_written_order(string option)
    {
        var question = new Question("q", QuestionKind.MultipleChoice, "Which?", ["One", "Two", option], [option]);

        Assert.Equal(question.Options, ImportedOrder.Arrange(question).Options);
    }

    [Fact]
    public void True_false_and_typed_questions_are_left_as_they_are()
    {
        var tf = new Question("t", QuestionKind.TrueFalse, "Sky is blue.", ["True", "False"], ["True"]);

        Assert.Same(tf, ImportedOrder.Arrange(tf));
    }
}
