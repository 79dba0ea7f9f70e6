using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class RevealIndexTests
{
    [Fact]
    public void The_reveal_index_finds_the_same_first_giveaway_as_comparing_every_pair()
    {
        // Two articles that state some of the same things in other words, so items give each other away across them.
        var text = TestSources.ShippedText + "\n\n" + File.ReadAllText(Path.Combine(TestSources.RepoRoot, "tests", "HitQuiz.Core.Tests", "Generation", "Fixtures", "medical-records-specialists.txt"))
            + "\n\nLeave a Reply\n\n" + TestSources.ShippedText.Replace("technician", "specialist", StringComparison.Ordinal);
        var context = QuestionGenerator.Prepare(TestSources.Parse(text));
        var candidates = QuestionGenerator.AllCandidates(context).DistinctBy(c => c.Id).ToList();
        var kept = new List<AuditEntry>();
        var index = new RevealIndex(candidates);
        var giveaways = 0;
        foreach (var entry in QuestionGenerator.Rank(candidates).Select(c => new AuditEntry(c)))
        {
            var expected = kept.FirstOrDefault(other => QuizAudit.Reveals(entry, other) || QuizAudit.Reveals(other, entry));
            Assert.Same(expected, index.FirstRevealing(entry, QuizAudit.Reveals));
            giveaways += expected is null ? 0 : 1;
            kept.Add(entry);
            index.Add(entry);
        }

        Assert.True(giveaways > 50, $"only {giveaways} giveaways were compared");
    }
}
