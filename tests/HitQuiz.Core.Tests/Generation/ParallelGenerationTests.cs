using HitQuiz;
using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class ParallelGenerationTests
{
    [Fact]
    public void Results_keep_the_items_order_whichever_thread_made_them()
    {
        var items = Enumerable.Range(0, 10_000).ToList();

        var results = InOrder.SelectMany(items, i => i % 3 == 0 ? [] : new[] { i, -i });

        Assert.Equal(items.Where(i => i % 3 != 0).SelectMany(i => new[] { i, -i }), results);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(1_000)]
    public void Every_items_results_are_gathered_in_order_whatever_the_number_of_items(int count)
    {
        var items = Enumerable.Range(0, count).ToList();

        var results = InOrder.SelectMany(items, i => Enumerable.Repeat(i, i % 4));

        Assert.Equal(items.SelectMany(i => Enumerable.Repeat(i, i % 4)), results);
    }

    [Fact]
    public void A_failure_on_another_thread_is_thrown_as_itself()
    {
        var items = Enumerable.Range(0, 10_000).ToList();

        var thrown = Assert.Throws<InvalidOperationException>(() => InOrder.Select(items, i => i == 7_777 ? throw new InvalidOperationException("item 7777") : i));

        Assert.Equal("item 7777", thrown.Message);
    }

    [Fact]
    public void Work_done_alongside_runs_while_the_caller_goes_on_and_gives_its_result()
    {
        using var callerWentOn = new ManualResetEventSlim();

        // Done at once on the calling thread, the work would wait for a signal that comes only after it returned.
        var result = InOrder.Alongside(() => callerWentOn.Wait(TimeSpan.FromSeconds(10)) ? 42 : -1);
        callerWentOn.Set();

        Assert.Equal(42, result());
    }

    [Fact]
    public void A_failure_of_work_done_alongside_is_thrown_as_itself_when_its_result_is_asked_for()
    {
        var result = InOrder.Alongside<int>(() => throw new InvalidOperationException("alongside"));

        var thrown = Assert.Throws<InvalidOperationException>(() => result());

        Assert.Equal("alongside", thrown.Message);
    }

    [Fact]
    public void A_document_gives_the_same_items_on_one_core_as_on_all_of_them()
    {
        // Several copies of both articles: enough sentences, facts and candidates for the work to be shared out.
        var text = string.Join("\n\n", Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? TestSources.ShippedText : TestSources.FixtureText).Replace("Quick Look", $"Quick Look ({i})", StringComparison.Ordinal)));
        var allCores = Describe(QuestionGenerator.Generate(TestSources.Parse(text)));

        AppContext.SetSwitch(InOrder.OneCoreSwitch, true);
        try
        {
            Assert.Equal(allCores, Describe(QuestionGenerator.Generate(TestSources.Parse(text))));
        }
        finally
        {
            AppContext.SetSwitch(InOrder.OneCoreSwitch, false);
        }
    }

    [Fact]
    public void A_document_of_many_articles_gives_the_same_conflicts_on_one_core_as_on_all_of_them()
    {
        // More articles than one thread keeps (each copy ends with its page furniture, so each is an article), each
        // stating its own pay and education figures and using HIT for two things.
        var text = string.Join("\n\n", Enumerable.Range(0, 140).Select(i =>
            (i % 2 == 0 ? TestSources.ShippedText : TestSources.FixtureText).Replace("39,340", $"{39_340 + (10 * i):N0}", StringComparison.Ordinal)));
        var document = TestSources.Parse(text);
        var allCores = QuestionGenerator.Prepare(document).Report;

        AppContext.SetSwitch(InOrder.OneCoreSwitch, true);
        try
        {
            var oneCore = QuestionGenerator.Prepare(document).Report;

            Assert.True(new Articles(document).Count > 128);
            Assert.Contains(allCores.Conflicts, c => c.Attribute.StartsWith("meaning of", StringComparison.Ordinal));
            Assert.Equal(Describe(oneCore), Describe(allCores));
        }
        finally
        {
            AppContext.SetSwitch(InOrder.OneCoreSwitch, false);
        }
    }

    private static List<string> Describe(ConsistencyReport report) =>
        [.. report.Conflicts.Select(c => $"{c.Attribute}: {string.Join(", ", c.Values)}"), .. report.SameAttribute.Keys.Order(StringComparer.Ordinal)];

    private static List<string> Describe(GenerationResult result) =>
    [
        .. result.Questions.Select(g => $"{g.Question.Id} {g.FirstLine}-{g.LastLine} {TestSources.Shown(g.Question)} {g.Question.Explanation}"),
        .. result.Conflicts.Select(c => $"{c.Attribute}: {string.Join(", ", c.Values)}"),
    ];
}
