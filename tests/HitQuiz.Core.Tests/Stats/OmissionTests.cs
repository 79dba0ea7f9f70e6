using HitQuiz.Sessions;
using HitQuiz.Stats;
using static HitQuiz.Core.Tests.Stats.Items;

namespace HitQuiz.Core.Tests.Stats;

public sealed class OmissionTests
{
    private static AnswerRecord Answered(string question, bool correct) => new("ana", question, ["a"], correct, TimeSpan.FromSeconds(3), At, 1, "S");

    private static AnswerRecord Omitted(string question, string section = "S") => new("ana", question, [], false, TimeSpan.Zero, At, 1, section);

    [Fact]
    public void Exam_items_left_unanswered_are_counted_as_omitted_and_not_as_answers()
    {
        var digest = DigestBuilder.Of([Answered("q1", true), Omitted("q1"), Omitted("q2", "T"), Omitted("q2", "T")]);

        Assert.Equal(1, digest.Answered);
        Assert.Equal("q1", Assert.Single(digest.Items).QuestionId);
        Assert.Equal([new OmittedItem("q1", "S", 1), new OmittedItem("q2", "T", 2)], digest.Omitted);
    }

    [Fact]
    public void A_digest_brought_up_to_date_adds_to_the_omissions_it_had()
    {
        var builder = new DigestBuilder(DigestBuilder.Of([Omitted("q1")]));
        builder.AddOmitted("q1", "S");

        Assert.Equal([new OmittedItem("q1", "S", 2)], builder.Build().Omitted);
    }

    [Fact]
    public void The_item_analysis_sums_each_questions_omissions_over_learners()
    {
        LearnerItems[] learners =
        [
            Learner("l1", "11") with { Omitted = [new OmittedItem("q1", "S", 1)] },
            Learner("l2", "10") with { Omitted = [new OmittedItem("q1", "S", 2)] },
        ];

        var stats = ItemAnalysis.Analyse(learners);

        Assert.Equal(3, Item(stats, "q1").Omitted);
        Assert.Equal(0, Item(stats, "q2").Omitted);
    }

    [Fact]
    public void A_question_every_learner_left_unanswered_is_still_listed()
    {
        LearnerItems[] learners = [Learner("l1", "1") with { Omitted = [new OmittedItem("q9", "Coding", 1)] }];

        var q9 = Item(ItemAnalysis.Analyse(learners), "q9");

        Assert.Equal(("Coding", 0, 0, 1, ItemQuality.TooFewAttempts), (q9.Section, q9.Learners, q9.Answers, q9.Omitted, q9.Quality));
        Assert.Null(q9.Facility);
    }
}
