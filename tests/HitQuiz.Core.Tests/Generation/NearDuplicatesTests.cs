using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class NearDuplicatesTests
{
    [Fact]
    public void Looking_up_rare_pairs_finds_the_same_first_near_duplicate_as_comparing_every_pair()
    {
        var ids = new ShingleIds();
        var stems = NearlyRepeatedStems().Select(ids.Of).ToList();
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

    [Fact]
    public void The_near_duplicates_found_do_not_depend_on_the_order_the_pairs_were_numbered_in()
    {
        var stems = NearlyRepeatedStems().Select(ShingleIds.HashesOf).ToList();
        var inOrder = new ShingleIds();
        var reversed = new ShingleIds();
        var first = stems.Select(h => inOrder.Of([.. h])).ToList();
        var second = Enumerable.Reverse(stems).Select(h => reversed.Of([.. h])).Reverse().ToList();
        Assert.NotEqual(first.SelectMany(s => s), second.SelectMany(s => s));

        var twins = Twins(first);
        Assert.True(twins.Count(t => t is not null) > 50, "too few near duplicates to compare");
        Assert.Equal(twins, Twins(second));
    }

    [Fact]
    public void A_stems_pair_hashes_are_sorted_distinct_and_those_of_its_normalised_words()
    {
        var hashes = ShingleIds.HashesOf("The _____ of the RHIT, of the RHIT?");

        Assert.Equal(hashes, ShingleIds.HashesOf("the of the rhit of the rhit"));
        Assert.Equal(4, hashes.Length); // the of, of the, the rhit, rhit of
        Assert.Equal(hashes.Order(), hashes);
        Assert.NotEqual(ShingleIds.HashesOf("rhit"), ShingleIds.HashesOf("rhit rhit"));
    }

    // The ranked stems of the shipped article three times with small changes, so many nearly repeat one another.
    private static List<string> NearlyRepeatedStems()
    {
        var text = TestSources.ShippedText + "\n\nLeave a Reply\n\n" + TestSources.ShippedText.Replace("technician", "specialist", StringComparison.Ordinal)
            + "\n\nLeave a Reply\n\n" + TestSources.ShippedText.Replace("health", "medical", StringComparison.Ordinal);
        var context = QuestionGenerator.Prepare(TestSources.Parse(text));
        return [.. QuestionGenerator.Rank(QuestionGenerator.AllCandidates(context).DistinctBy(c => c.Id).ToList()).Select(c => c.Distinctive ?? c.Stem)];
    }

    private static List<int?> Twins(List<int[]> stems)
    {
        var index = new NearDuplicates(stems);
        var twins = new List<int?>();
        foreach (var stem in stems)
        {
            var twin = index.TwinOf(stem);
            twins.Add(twin);
            if (twin is null)
            {
                index.Add(stem);
            }
        }

        return twins;
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
