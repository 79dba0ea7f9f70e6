using HitQuiz.Stats;
using static HitQuiz.Core.Tests.Stats.Items;

namespace HitQuiz.Core.Tests.Stats;

public sealed class ItemAnalysisTests
{
    // Five learners, three questions (1 = latest answer right). Rest score = share right of the other two.
    private static readonly LearnerItems[] Class =
    [
        Learner("l1", "111"),
        Learner("l2", "110"),
        Learner("l3", "101"),
        Learner("l4", "010"),
        Learner("l5", "000"),
    ];

    [Fact]
    public void Facility_is_the_percent_of_learners_whose_latest_answer_is_right()
    {
        var stats = ItemAnalysis.Analyse(Class);

        Assert.Equal([60.0, 60.0, 40.0], new[] { "q1", "q2", "q3" }.Select(id => Item(stats, id).Facility));
    }

    [Fact]
    public void Discrimination_is_the_item_rest_correlation_computed_by_hand()
    {
        // q1: x = 1,1,1,0,0; y = 1,.5,.5,.5,0. mean x .6, mean y .5; cov = .4 - .3 = .1;
        // var x = .24, var y = .35 - .25 = .1; r = .1 / √.024 = 0.645497.
        var q1 = Item(ItemAnalysis.Analyse(Class), "q1");

        Assert.Equal(64.5497, q1.Discrimination!.Value, 3);
    }

    [Fact]
    public void Efficiency_divides_the_covariance_by_the_largest_the_scores_allow()
    {
        // q3: x = 1,0,1,0,0; y = 1,1,.5,.5,0. cov = .3 - .24 = .06; r = .06 / √(.24 × .14) = 0.327327.
        // Sorted x = 0,0,0,1,1 against sorted y = 0,.5,.5,1,1: cov_max = .4 - .24 = .16; efficiency = .06 / .16.
        var q3 = Item(ItemAnalysis.Analyse(Class), "q3");

        Assert.Equal(32.7327, q3.Discrimination!.Value, 3);
        Assert.Equal(37.5, q3.Efficiency!.Value, 6);
        Assert.Equal(ItemQuality.Ok, q3.Quality);
    }

    [Fact]
    public void A_question_the_weaker_learners_get_right_is_flagged_dubious()
    {
        LearnerItems[] learners = [Learner("a", "10"), Learner("b", "10"), Learner("c", "01"), Learner("d", "01"), Learner("e", "01")];

        var q1 = Item(ItemAnalysis.Analyse(learners), "q1");

        Assert.Equal(-100, q1.Discrimination!.Value, 6);
        Assert.Equal(ItemQuality.Dubious, q1.Quality);
        Assert.Equal("dubious: negative discrimination", q1.Note);
    }

    [Fact]
    public void A_question_every_learner_got_right_has_an_undefined_discrimination()
    {
        LearnerItems[] learners = [Learner("a", "11"), Learner("b", "10"), Learner("c", "11"), Learner("d", "10"), Learner("e", "10")];

        var q1 = Item(ItemAnalysis.Analyse(learners), "q1");

        Assert.Equal(100, q1.Facility);
        Assert.Null(q1.Discrimination);
        Assert.Null(q1.Efficiency);
        Assert.Equal("undefined: every learner right", q1.Note);
    }

    [Fact]
    public void A_single_learner_gives_too_few_attempts_and_no_discrimination()
    {
        var stats = ItemAnalysis.Analyse([Learner("solo", "101")]);

        Assert.All(stats, s => Assert.Equal(ItemQuality.TooFewAttempts, s.Quality));
        Assert.All(stats, s => Assert.Null(s.Discrimination));
        Assert.Equal("too few attempts (1 of 5)", stats[0].Note);
        Assert.Equal(100, Item(stats, "q1").Facility);
    }

    [Fact]
    public void Fewer_learners_than_the_minimum_say_so_even_when_the_figures_exist()
    {
        var stats = ItemAnalysis.Analyse(Class[..4]);

        Assert.All(stats, s => Assert.Equal(ItemQuality.TooFewAttempts, s.Quality));
    }

    [Fact]
    public void A_learner_who_answered_only_this_question_counts_for_facility_but_not_for_discrimination()
    {
        var lone = new LearnerItems("f", [new ItemRecord("q1", "S", 3, 1, false, At)]);

        var q1 = Item(ItemAnalysis.Analyse([.. Class, lone]), "q1");

        Assert.Equal(6, q1.Learners);
        Assert.Equal(50, q1.Facility);
        Assert.Equal(64.5497, q1.Discrimination!.Value, 3);
    }

    [Fact]
    public void Questions_met_in_different_orders_get_the_figures_of_their_own_learners_scores()
    {
        // Twelve learners answering some of eight questions, each in an order of their own: every question's figures
        // are those of its learners' scores taken in learner order, as one question analysed alone gives them.
        var random = new Random(7);
        var learners = Enumerable.Range(0, 12).Select(l => new LearnerItems(
            $"l{l}",
            [.. Enumerable.Range(0, 8).Where(_ => random.Next(4) > 0).OrderBy(_ => random.Next())
                .Select(q => new ItemRecord($"q{q}", $"S{q % 3}", 1 + random.Next(3), 1, random.Next(2) == 1, At))])).ToList();

        var stats = ItemAnalysis.Analyse(learners);

        foreach (var item in stats)
        {
            var answered = learners.Where(l => l.Items.Any(i => i.QuestionId == item.QuestionId)).ToList();
            var x = answered.Select(l => l.Items.Single(i => i.QuestionId == item.QuestionId).LastCorrect ? 1.0 : 0.0).ToList();
            var y = answered.Select(l => l.Items.Count > 1
                ? (l.Items.Count(i => i.LastCorrect) - (l.Items.Single(i => i.QuestionId == item.QuestionId).LastCorrect ? 1 : 0)) / (double)(l.Items.Count - 1)
                : double.NaN).ToList();
            Assert.Equal((answered.Count, 100 * x.Average()), (item.Learners, item.Facility!.Value));
            Assert.Equal(ItemAnalysis.Correlation(x, y), (item.Discrimination, item.Efficiency));
        }

        Assert.Equal(stats.OrderBy(s => s.Section, StringComparer.Ordinal).ThenBy(s => s.QuestionId, StringComparer.Ordinal), stats);
    }
}
