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
    [InlineData("Both A and B")]
    [InlineData("A and C")]
    public void Options_that_name_others_by_letter_keep_the_written_order(string option)
    {
        var question = new Question("q", QuestionKind.MultipleChoice, "Which?", ["One", "Two", option], [option]);

        Assert.Equal(question.Options, ImportedOrder.Arrange(question).Options);
    }

    [Theory]
    [InlineData("All of the above")]
    [InlineData("None of these")]
    public void An_option_about_the_others_written_last_stays_last_while_the_key_above_it_moves(string option)
    {
        var arranged = Enumerable.Range(0, 60)
            .Select(n => new Question($"unit-q{n}", QuestionKind.MultipleChoice, $"Question {n}?", [$"right {n}", $"wrong a{n}", $"wrong b{n}", option], [$"right {n}"]))
            .Select(ImportedOrder.Arrange)
            .ToList();

        Assert.All(arranged, q => Assert.Equal(option, q.Options[^1]));
        var positions = arranged.Select(q => q.Options.ToList().IndexOf(q.Answers[0])).ToList();
        Assert.All(Enumerable.Range(0, 3), p => Assert.InRange(positions.Count(x => x == p), 8, 40));
    }

    [Fact]
    public void When_the_option_about_the_others_is_the_key_it_stays_last_and_stays_the_key()
    {
        var question = new Question("q", QuestionKind.MultipleChoice, "Which?", ["One", "Two", "Three", "All of the above"], ["All of the above"]);

        var arranged = ImportedOrder.Arrange(question);

        Assert.Equal("All of the above", arranged.Options[^1]);
        Assert.Equal(["All of the above"], arranged.Answers);
        Assert.Equal(question.Options.Order(), arranged.Options.Order());
    }

    [Fact]
    public void Options_about_the_others_anywhere_but_last_keep_the_written_order()
    {
        var question = new Question("q", QuestionKind.MultipleChoice, "Which?", ["One", "All of the above", "Two", "Three"], ["One"]);

        Assert.Equal(question.Options, ImportedOrder.Arrange(question).Options);
    }

    [Fact]
    public void True_false_and_typed_questions_are_left_as_they_are()
    {
        var tf = new Question("t", QuestionKind.TrueFalse, "Sky is blue.", ["True", "False"], ["True"]);

        Assert.Same(tf, ImportedOrder.Arrange(tf));
    }
}
