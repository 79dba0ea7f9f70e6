using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class NearDuplicatesTests
{
    [Fact]
    public void Looking_up_rare_pairs_finds_the_same_first_near_duplicate_as_comparing_every_pair()
    {
        // The shipped article three times with small changes, so many stems nearly repeat one another.
        var text = TestSources.ShippedText + "\n\nLeave a Reply\n\n" + TestSources.ShippedText.Replace("technician", "specialist", StringComparison.Ordinal)
            + "\n\nLeave a Reply\n\n" + TestSources.ShippedText.Replace("health", "medical", StringComparison.Ordinal);
        var context = QuestionGenerator.Prepare(TestSources.Parse(text));
        var ids = new ShingleIds();
        var stems = QuestionGenerator.Rank(QuestionGenerator.AllCandidates(context).DistinctBy(c => c.Id).ToList())
            .Select(c => ids.Of(c.Distinctive ?? c.Stem)).ToList();
        var kept = new List<int[]>();
        var index = new NearDuplicates(stems);
        var twins = 0;
        foreach (var stem in stems)
        {
            var expected = kept.FindIndex(k => NearDuplicates.IsNearDuplicate(stem, k));
            Assert.Equal(expected < 0 ? null : expected, index.TwinOf(stem));
            if (expected < 0)
            {
                kept.Add(stem);
                index.Add(stem);
            }
            else
            {
                twins++;
            }
        }

        Assert.True(twins > 50, $"only {twins} near duplicates were compared");
    }

    [Theory]
    [InlineData("a b c d e", "a b c d e", true)]
    [InlineData("a b c d e", "a b c d f", false)]
    [InlineData("a b c d e f g h i", "a b c d e f g h", true)]
    [InlineData("a b c d", "e f g h", false)]
    public void Stems_are_near_duplicates_when_three_quarters_of_all_their_pairs_are_shared(string first, string second, bool near) =>
        Assert.Equal(near, NearDuplicates.IsNearDuplicate(Set(first), Set(second)));

    [Fact]
    public void Shingle_ids_are_the_word_pairs_of_the_normalised_stem()
    {
        var ids = new ShingleIds();
        var stem = ids.Of("Which of the _____ is required?");
        Assert.Equal(stem, ids.Of("which of the is  REQUIRED"));
        Assert.Equal(4, stem.Length);
        Assert.Equal(ids.Of("a b c a b"), ids.Of("b c a b"));
        Assert.NotEqual(ids.Of("a b"), ids.Of("b a"));
        Assert.Single(ids.Of("salary"));
        Assert.NotEqual(ids.Of("salary"), ids.Of("a salary"));
        Assert.Empty(ids.Of(" _____ ?"));
    }

    // Stand-in shingles: one id per letter, sorted and distinct as ShingleIds makes them.
    private static int[] Set(string letters) => [.. letters.Split(' ').Select(l => (int)l[0]).Distinct().Order()];
}
