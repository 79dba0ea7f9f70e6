using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Generation;

/// <summary>Quiz-level properties of generated items, on both the shipped article and the second fixture.</summary>
public sealed class QuizQualityTests
{
    public static TheoryData<string> Documents => ["shipped", "fixture"];

    private static GenerationResult Result(string which) => which == "shipped" ? TestSources.ShippedQuestions : TestSources.FixtureQuestions;

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_item_has_a_well_formed_key(string which)
    {
        foreach (var q in Result(which).Questions.Select(g => g.Question))
        {
            var expected = q.Kind switch { QuestionKind.MultipleResponse => 2, QuestionKind.Cloze => q.Answers.Count, _ => 1 };
            Assert.Equal(expected, q.Answers.Count);
            Assert.True(q.Answers.Count > 0, q.Id);
            Assert.Equal(q.Options.Count, q.Options.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(q.Kind == QuestionKind.Cloze ? [] : q.Answers, a => Assert.Contains(a, q.Options));
            if (q.Kind == QuestionKind.TrueFalse)
            {
                Assert.Equal(["True", "False"], q.Options);
            }
            else if (q.Kind == QuestionKind.Cloze)
            {
                Assert.Empty(q.Options);
                Assert.Contains(Blank.Marker, q.Stem, StringComparison.Ordinal);
            }
            else
            {
                Assert.InRange(q.Options.Count, 3, 5);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_key_is_the_longest_option_in_at_most_30_percent_of_choice_items(string which)
    {
        var choice = Result(which).Questions.Select(g => g.Question)
            .Where(q => q.Kind is QuestionKind.MultipleChoice or QuestionKind.MultipleResponse or QuestionKind.NotListed).ToList();
        var longest = choice.Count(q => q.Answers.Max(a => a.Length) > q.Options.Except(q.Answers).Max(o => o.Length));
        Assert.True(longest <= 0.3 * choice.Count, $"{longest} of {choice.Count}");
    }

    [Fact]
    public void Key_positions_are_spread_across_the_options()
    {
        var single = TestSources.ShippedQuestions.Questions.Select(g => g.Question)
            .Concat(TestSources.FixtureQuestions.Questions.Select(g => g.Question))
            .Where(q => q.Kind is QuestionKind.MultipleChoice or QuestionKind.NotListed).ToList();
        var positions = single.GroupBy(q => q.Options.ToList().IndexOf(q.Answers[0])).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(positions.Count >= 3, string.Join(", ", positions));
        Assert.True(positions.Values.Max() <= 0.5 * single.Count, string.Join(", ", positions));
    }

    [Fact]
    public void Regenerating_an_unchanged_document_yields_the_same_ids_and_option_order()
    {
        var first = QuestionGenerator.Generate(TestSources.Shipped()).Questions;
        var second = QuestionGenerator.Generate(TestSources.Shipped()).Questions;
        Assert.Equal(first.Select(q => (q.Question.Id, string.Join("|", q.Question.Options))), second.Select(q => (q.Question.Id, string.Join("|", q.Question.Options))));
        Assert.All(first, q => Assert.Matches("^G-[0-9a-f]{8}$", q.Question.Id));
    }

    [Fact]
    public void An_edit_elsewhere_in_the_document_keeps_the_ids_of_untouched_facts()
    {
        var edited = TestSources.Parse(TestSources.ShippedText.Replace("Leave a Reply", "Comments welcome\n\nLeave a Reply", StringComparison.Ordinal));
        var before = TestSources.ShippedQuestions.Questions.Select(q => q.Question.Id).ToHashSet();
        var after = QuestionGenerator.Generate(edited).Questions.Select(q => q.Question.Id).ToHashSet();
        Assert.True(after.Intersect(before).Count() >= before.Count * 0.9);
    }

    [Fact]
    public void The_counts_per_kind_add_up_to_the_items()
    {
        var result = TestSources.ShippedQuestions;
        Assert.Equal(result.Questions.Count, result.CountsByKind.Values.Sum());
        Assert.All(TestSources.GeneratedKinds, k => Assert.True(result.CountsByKind.GetValueOrDefault(k) > 0, k.ToString()));
    }
}
