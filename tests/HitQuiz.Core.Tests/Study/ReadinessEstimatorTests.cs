using HitQuiz.Scheduling;
using HitQuiz.Study;
using static HitQuiz.Core.Tests.Study.StudyData;

namespace HitQuiz.Core.Tests.Study;

public sealed class ReadinessEstimatorTests
{
    private static readonly ReadinessEstimator Estimator = new(Fsrs);

    [Fact]
    public void Items_never_reviewed_count_at_the_stated_prior()
    {
        var estimate = Estimator.Estimate([Mc("a"), Mc("b")], NoCards, Now);

        Assert.Equal(0.25, ReadinessEstimator.UnseenPrior);
        Assert.Equal(0.25, estimate.Score, 9);
        Assert.Equal((0, 2, 0.25), (estimate.Seen, estimate.Unseen, estimate.UnseenPrior));
    }

    [Fact]
    public void A_studied_item_scores_its_predicted_recall_plus_a_guess_at_what_is_forgotten()
    {
        var card = Reviewed(10, 5, TimeSpan.FromDays(5));
        var cards = new Dictionary<string, Card> { ["a"] = card };
        var recall = Fsrs.Retrievability(card, Now);

        var estimate = Estimator.Estimate([Mc("a"), Mc("b")], cards, Now);

        Assert.Equal((recall + ((1 - recall) * 0.25) + 0.25) / 2, estimate.Score, 9);
    }

    [Fact]
    public void A_studied_item_never_counts_for_less_than_an_unseen_one_however_distant_the_exam()
    {
        var cards = new Dictionary<string, Card> { ["a"] = Reviewed(1, 1, TimeSpan.Zero) };
        var farAway = new DateTimeOffset(9999, 12, 31, 8, 0, 0, TimeSpan.Zero);

        var estimate = Estimator.Estimate([Mc("a", "A"), Mc("b", "B")], cards, farAway);

        var studied = Assert.Single(estimate.Sections, s => s.Section == "A");
        var unseen = Assert.Single(estimate.Sections, s => s.Section == "B");
        Assert.True(studied.Score >= unseen.Score, $"studied {studied.Score} < unseen {unseen.Score}");
    }

    [Fact]
    public void The_estimate_never_drops_below_the_guessing_chance()
    {
        var cards = new Dictionary<string, Card> { ["a"] = Reviewed(1, 1, TimeSpan.Zero), ["b"] = Reviewed(3, 2, TimeSpan.Zero) };
        var farAway = new DateTimeOffset(9999, 12, 31, 8, 0, 0, TimeSpan.Zero);

        var estimate = Estimator.Estimate([Mc("a"), Mc("b"), Mc("c")], cards, farAway);

        Assert.InRange(estimate.Score, ReadinessEstimator.GuessingChance, 1.0);
        Assert.All(estimate.Sections, s => Assert.InRange(s.Score, ReadinessEstimator.GuessingChance, 1.0));
    }

    [Fact]
    public void Each_section_is_estimated_over_its_own_items()
    {
        var cards = new Dictionary<string, Card> { ["a"] = Reviewed(10, 0, TimeSpan.FromDays(10)) };

        var estimate = Estimator.Estimate([Mc("a", "A"), Mc("b", "B")], cards, Now);

        Assert.Equal([new SectionReadiness("A", 1, 1, 1.0), new SectionReadiness("B", 1, 0, 0.25)], estimate.Sections);
    }

    [Fact]
    public void The_estimate_on_a_later_exam_date_is_lower_as_memory_fades()
    {
        var cards = new Dictionary<string, Card> { ["a"] = Reviewed(10, 1, TimeSpan.FromDays(9)) };

        var today = Estimator.Estimate([Mc("a")], cards, Now);
        var examDay = Estimator.Estimate([Mc("a")], cards, Now.AddDays(30));

        Assert.True(examDay.Score < today.Score);
        Assert.Equal(Now.AddDays(30), examDay.At);
    }

    [Fact]
    public void The_weakest_sections_are_those_started_lowest_first_and_unstarted_ones_are_counted_apart()
    {
        var cards = new Dictionary<string, Card>
        {
            ["a"] = Reviewed(10, 5, TimeSpan.FromDays(5)),
            ["b"] = Reviewed(1, 5, TimeSpan.FromDays(1)),
            ["c"] = Reviewed(30, 1, TimeSpan.FromDays(29)),
        };

        var estimate = Estimator.Estimate([Mc("a", "A"), Mc("b", "B"), Mc("c", "C"), Mc("d", "D"), Mc("e", "E")], cards, Now);

        Assert.Equal(["B", "A"], estimate.WeakestStarted(2).Select(s => s.Section));
        Assert.Equal(2, estimate.NotStarted);
    }

    [Fact]
    public void Sections_of_equal_estimate_are_listed_by_name()
    {
        var cards = new Dictionary<string, Card> { ["b"] = Reviewed(10, 3, TimeSpan.FromDays(7)), ["a"] = Reviewed(10, 3, TimeSpan.FromDays(7)) };

        var estimate = Estimator.Estimate([Mc("b", "B"), Mc("a", "A")], cards, Now);

        Assert.Equal(["A", "B"], estimate.WeakestStarted(3).Select(s => s.Section));
        Assert.Equal(0, estimate.NotStarted);
    }
}
