using HitQuiz.Stats;
using static HitQuiz.Core.Tests.Stats.Items;

namespace HitQuiz.Core.Tests.Stats;

public sealed class ClassReportTests
{
    [Fact]
    public void Readiness_is_the_share_of_every_reported_item_whose_latest_answer_is_right()
    {
        var report = ClassReport.Of([Learner("a", "111"), new LearnerItems("b", [new ItemRecord("q1", "S", 2, 1, true, At)])]);

        Assert.Equal(100, report.Learners.Single(l => l.Learner == "a").MasteredPercent);
        Assert.Equal(100.0 / 3, report.Learners.Single(l => l.Learner == "b").MasteredPercent, 6);
        Assert.Equal(50, report.Learners.Single(l => l.Learner == "b").Accuracy);
    }

    [Fact]
    public void Section_mastery_is_the_mean_over_learners()
    {
        var report = ClassReport.Of([Learner("a", "11"), Learner("b", "10")]);

        var section = Assert.Single(report.Sections);
        Assert.Equal(("S", 2, 75.0), (section.Section, section.Items, section.MeanMastery));
    }

    [Fact]
    public void Items_of_the_bank_nobody_answered_lower_mastery_but_get_no_item_analysis()
    {
        var report = ClassReport.Of([Learner("a", "11")], new Dictionary<string, string> { ["q9"] = "S" });

        Assert.Equal(2.0 / 3 * 100, report.Sections.Single().MeanMastery, 6);
        Assert.DoesNotContain(report.Items, i => i.QuestionId == "q9");
    }

    [Fact]
    public void A_report_over_a_bank_counts_mastery_of_all_its_questions_and_says_how_many_it_holds()
    {
        var bank = new Dictionary<string, string> { ["q1"] = "S", ["q2"] = "S", ["q3"] = "S", ["q4"] = "S" };

        var report = ClassReport.Of([Learner("a", "1")], bank);

        Assert.Equal((4, 4, 25.0), (report.BankQuestions, report.MasteryItems, report.Learners.Single().MasteredPercent));
    }

    [Fact]
    public void A_report_without_a_bank_says_so_and_counts_only_the_questions_answered()
    {
        var report = ClassReport.Of([Learner("a", "1"), Learner("b", "01")]);

        Assert.Null(report.BankQuestions);
        Assert.Equal(2, report.MasteryItems);
    }

    [Fact]
    public void A_question_gone_from_the_bank_counts_once_in_the_section_it_was_first_answered_in_for_every_learner()
    {
        var bank = new Dictionary<string, string> { ["q1"] = "Beta", ["q2"] = "Alpha" };
        LearnerItems Answered(string learner, string section, bool right) =>
            new(learner, [new ItemRecord("q1", "Beta", 1, 1, true, At), new ItemRecord("gone", section, 1, right ? 1 : 0, right, At)]);

        var report = ClassReport.Of([Answered("b", "Zeta", true), Answered("a", "Alpha", false)], bank);

        Assert.Equal(["Alpha", "Beta", "Zeta"], report.Sections.Select(s => s.Section));
        Assert.Equal([1, 1, 1], report.Sections.Select(s => s.Items));
        Assert.Equal([0.0, 100.0, 50.0], report.Sections.Select(s => s.MeanMastery));
        Assert.Equal((3, 2, 1), (report.MasteryItems, report.Learners.Single(l => l.Learner == "b").Mastered, report.Learners.Single(l => l.Learner == "a").Mastered));
    }
}
