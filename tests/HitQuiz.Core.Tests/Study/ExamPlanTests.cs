using HitQuiz.Questions;
using HitQuiz.Study;
using static HitQuiz.Core.Tests.Study.StudyData;

namespace HitQuiz.Core.Tests.Study;

public sealed class ExamPlanTests
{
    private static StudyPlan Exam(IReadOnlyList<Question> bank, int? count = null) =>
        new StudyPlanner(Fsrs).Plan(bank, NoCards, new Dictionary<string, HitQuiz.Sessions.QuestionHistory>(), new StudyRequest(StudyMode.Exam, count), Now, new Random(3));

    [Fact]
    public void An_exam_prefers_four_option_and_multiple_response_items()
    {
        var bank = Enumerable.Range(0, 10).Select(i => Mc($"mc{i}"))
            .Concat(Enumerable.Range(0, 5).Select(i => Multi($"multi{i}")))
            .Concat(Enumerable.Range(0, 10).Select(i => TrueFalse($"tf{i}")))
            .Concat(Enumerable.Range(0, 10).Select(i => Mc($"three{i}", options: 3)))
            .ToList();

        var plan = Exam(bank, count: 15);

        Assert.All(plan.Questions, q => Assert.True(q.Id.StartsWith("mc", StringComparison.Ordinal) || q.Id.StartsWith("multi", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_exam_falls_back_to_other_choice_items_then_to_other_kinds_when_too_few()
    {
        List<Question> bank = [Mc("mc0"), Mc("mc1"), Mc("three", options: 3), TrueFalse("tf0"), TrueFalse("tf1")];

        var plan = Exam(bank, count: 4);

        Assert.Contains(plan.Questions, q => q.Id == "three");
        Assert.Single(plan.Questions, q => q.Kind == QuestionKind.TrueFalse);
    }

    [Fact]
    public void An_exam_samples_sections_in_proportion_to_their_size()
    {
        var bank = Enumerable.Range(0, 60).Select(i => Mc($"a{i}", "A"))
            .Concat(Enumerable.Range(0, 30).Select(i => Mc($"b{i}", "B")))
            .Concat(Enumerable.Range(0, 10).Select(i => Mc($"c{i}", "C")))
            .ToList();

        var plan = Exam(bank, count: 20);

        var bySection = plan.Questions.GroupBy(q => q.SectionName).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["A"] = 12, ["B"] = 6, ["C"] = 2 }, bySection);
    }

    [Fact]
    public void An_exam_from_a_small_bank_asks_every_item_once_with_the_blueprint_scaled()
    {
        var bank = Enumerable.Range(0, 40).Select(i => Mc($"q{i}")).ToList();

        var plan = Exam(bank);

        Assert.Equal(40, plan.Questions.Select(q => q.Id).Distinct().Count());
        Assert.Equal(new ExamBlueprint(40, TimeSpan.FromMinutes(56)), plan.Exam);
    }
}
