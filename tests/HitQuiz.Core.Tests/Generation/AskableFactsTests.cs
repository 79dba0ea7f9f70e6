using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class AskableFactsTests
{
    // The shipped article twice: every fact of the second copy repeats one of the first under the same key.
    private static readonly string Twice = TestSources.ShippedText + "\n\nLeave a Reply\n\n" + TestSources.ShippedText;

    [Fact]
    public void A_fact_the_document_states_again_is_asked_about_once_from_its_first_statement()
    {
        var context = QuestionGenerator.Prepare(TestSources.Parse(Twice));
        var usable = context.Facts.Where(f => context.IsUsable(f.Evidence)).ToList();

        Assert.True(usable.Count > context.AskableFacts.Count, "the second copy's facts should repeat the first's");
        Assert.Equal(usable.Select(f => f.Key).Distinct(), context.AskableFacts.Select(f => f.Key));
        Assert.All(context.AskableFacts, f => Assert.Same(usable.First(u => u.Key == f.Key), f));
    }

    [Fact]
    public void Every_fact_with_usable_evidence_is_asked_about_and_none_without()
    {
        var context = QuestionGenerator.Prepare(TestSources.Parse(Twice));

        // The article's conflicting values make some of its sentences unusable.
        Assert.Contains(context.Facts, f => !context.IsUsable(f.Evidence));
        Assert.DoesNotContain(context.AskableFacts, f => !context.IsUsable(f.Evidence));
        Assert.Equal(
            context.Facts.Where(f => context.IsUsable(f.Evidence)).Select(f => f.Key).ToHashSet(),
            context.AskableFacts.Select(f => f.Key).ToHashSet());
    }

    [Fact]
    public void A_document_stated_twice_is_asked_about_from_its_first_copy()
    {
        var once = QuestionGenerator.Generate(TestSources.Parse(TestSources.ShippedText)).Questions;
        var twice = QuestionGenerator.Generate(TestSources.Parse(Twice)).Questions;
        var firstCopyLines = TestSources.ShippedText.Split('\n').Length;

        Assert.NotEmpty(twice);
        Assert.All(twice, q => Assert.True(q.LastLine <= firstCopyLines, $"{q.Question.Id} cites line {q.LastLine}"));
        // Nothing the second copy states is asked about that the first copy alone would not give.
        Assert.Subset(once.Select(q => q.Question.Id).ToHashSet(), twice.Select(q => q.Question.Id).ToHashSet());
    }
}
