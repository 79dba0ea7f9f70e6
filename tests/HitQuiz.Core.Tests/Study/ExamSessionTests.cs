using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Study;
using static HitQuiz.Core.Tests.Study.StudyData;

namespace HitQuiz.Core.Tests.Study;

public sealed class ExamSessionTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static ExamSession NewExam(params Question[] items) =>
        new("ana", 7, items.Length > 0 ? items : [Mc("a1", "A"), Mc("a2", "A"), Mc("b1", "B")], Now, Hour);

    [Fact]
    public void The_deadline_is_the_start_plus_the_duration_and_the_time_left_counts_down()
    {
        var exam = NewExam();

        Assert.Equal(Now + Hour, exam.Deadline);
        Assert.Equal(TimeSpan.FromMinutes(45), exam.TimeLeft(Now.AddMinutes(15)));
        Assert.False(exam.IsTimeUp(Now.AddMinutes(59)));
    }

    [Fact]
    public void Answering_gives_no_verdict_and_moves_to_the_next_item()
    {
        var exam = NewExam();

        Assert.True(exam.Answer(Response.Choice(0), Now.AddMinutes(1)));

        Assert.Equal(1, exam.Index);
        Assert.Null(exam.Result);
        Assert.Equal(Response.Choice(0).Chosen, exam.AnswerAt(0)!.Chosen);
    }

    [Fact]
    public void Flagged_items_show_in_the_grid_until_unflagged()
    {
        var exam = NewExam();
        exam.Flag(0);
        exam.Flag(2);
        exam.Unflag(0);

        Assert.Equal([false, false, true], exam.Grid().Select(c => c.Flagged));
    }

    [Fact]
    public void The_grid_numbers_every_item_and_shows_which_are_answered_and_current()
    {
        var exam = NewExam();
        exam.Answer(Response.Choice(1), Now.AddMinutes(1));

        Assert.Equal(
            [new ExamGridCell(1, true, false, false), new ExamGridCell(2, false, false, true), new ExamGridCell(3, false, false, false)],
            exam.Grid());
    }

    [Fact]
    public void Going_to_an_item_from_the_grid_lets_the_learner_change_its_answer()
    {
        var exam = NewExam();
        exam.Answer(Response.Choice(1), Now.AddMinutes(1));
        exam.GoTo(0);
        exam.Answer(Response.Choice(0), Now.AddMinutes(2));

        var result = exam.Submit(Now.AddMinutes(3));

        Assert.True(result.Items[0].Correct);
        Assert.Equal(Now.AddMinutes(2), result.Items[0].Record.AnsweredAt);
    }

    [Fact]
    public void An_item_can_be_answered_by_its_index()
    {
        var exam = NewExam();

        exam.Answer(2, Response.Choice(0), Now.AddMinutes(1));

        Assert.Equal([false, false, true], exam.Grid().Select(c => c.Answered));
        Assert.Equal(0, exam.Index);
    }

    [Fact]
    public void Going_to_an_item_outside_the_exam_is_refused()
    {
        var exam = NewExam();

        Assert.Throws<ArgumentOutOfRangeException>(() => exam.GoTo(3));
    }

    [Fact]
    public void Skipping_past_the_last_item_comes_round_to_the_first()
    {
        var exam = NewExam();
        exam.GoTo(2);
        exam.Next();

        Assert.Equal(0, exam.Index);
    }

    [Fact]
    public void An_answer_at_the_deadline_is_refused_and_the_exam_is_submitted_as_timed_out()
    {
        var exam = NewExam();
        exam.Answer(Response.Choice(0), Now.AddMinutes(10));

        Assert.False(exam.Answer(Response.Choice(0), Now + Hour));

        var result = Assert.IsType<ExamResult>(exam.Result);
        Assert.True(result.TimedOut);
        Assert.Equal(Now + Hour, result.SubmittedAt);
        Assert.Equal(1, result.Answered);
    }

    [Fact]
    public void At_time_out_an_answer_given_but_not_entered_is_kept_as_the_current_items_answer_at_the_deadline()
    {
        var cloze = new Question("c1", QuestionKind.Cloze, "AHIMA awards the _____.", [], ["RHIT"]) { Topic = "A" };
        var exam = NewExam(Mc("a1", "A"), cloze, Mc("b1", "B"));
        exam.Answer(Response.Choice(0), Now.AddMinutes(10));

        Assert.True(exam.IsTimeUp(Now.AddHours(2), Response.Typed("rhit")));

        var result = Assert.IsType<ExamResult>(exam.Result);
        Assert.True(result.TimedOut);
        Assert.Equal(2, result.Correct);
        Assert.Equal(["rhit"], result.Items[1].Record.Chosen);
        Assert.Equal(Now + Hour, result.Items[1].Record.AnsweredAt);
        Assert.Equal(TimeSpan.FromMinutes(50), result.Items[1].Record.ResponseTime);
    }

    [Fact]
    public void An_answer_not_entered_is_ignored_before_the_deadline_and_after_submission()
    {
        var exam = NewExam();

        Assert.False(exam.IsTimeUp(Now.AddMinutes(59), Response.Choice(0)));
        Assert.Null(exam.AnswerAt(0));
        exam.Submit(Now.AddMinutes(59));
        Assert.True(exam.IsTimeUp(Now.AddHours(2), Response.Choice(0)));
        Assert.Equal(0, exam.Result!.Answered);
    }

    [Fact]
    public void Asking_for_the_time_after_the_deadline_submits_at_the_deadline()
    {
        var exam = NewExam();

        Assert.Equal(TimeSpan.Zero, exam.TimeLeft(Now.AddHours(2)));
        Assert.Equal(Now + Hour, exam.Result!.SubmittedAt);
    }

    [Fact]
    public void The_report_gives_items_answered_and_correct_per_section()
    {
        var exam = NewExam();
        exam.Answer(Response.Choice(0), Now.AddMinutes(1));
        exam.Answer(Response.Choice(2), Now.AddMinutes(2));

        var result = exam.Submit(Now.AddMinutes(5));

        Assert.Equal([new ExamSectionResult("A", 2, 2, 1), new ExamSectionResult("B", 1, 0, 0)], result.Sections);
        Assert.Equal(50, result.Sections[0].Percent);
        Assert.Equal((1, 3), (result.Correct, result.Items.Count));
        Assert.False(result.TimedOut);
    }

    [Fact]
    public void An_unanswered_item_counts_wrong_is_stored_with_nothing_chosen_and_is_not_graded()
    {
        var exam = NewExam();

        var item = exam.Submit(Now.AddMinutes(5)).Items[2];

        Assert.False(item.Answered);
        Assert.False(item.Correct);
        Assert.Empty(item.Record.Chosen);
        Assert.False(item.Record.Correct);
        Assert.Null(item.Grade);
    }

    [Theory]
    [InlineData(0, Grade.Good)]
    [InlineData(1, Grade.Again)]
    public void An_answered_item_is_graded_for_the_scheduler(int option, Grade grade)
    {
        var exam = NewExam();
        exam.Answer(Response.Choice(option), Now.AddMinutes(1));

        Assert.Equal(grade, exam.Submit(Now.AddMinutes(2)).Items[0].Grade);
    }

    [Fact]
    public void Each_answer_records_the_time_since_the_previous_answer()
    {
        var exam = NewExam();
        exam.Answer(Response.Choice(0), Now.AddMinutes(2));
        exam.Answer(Response.Choice(0), Now.AddMinutes(5));

        var items = exam.Submit(Now.AddMinutes(6)).Items;

        Assert.Equal([TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3)], items.Take(2).Select(i => i.Record.ResponseTime));
    }

    [Fact]
    public void A_submitted_exam_takes_no_more_answers_and_keeps_its_result()
    {
        var exam = NewExam();
        var first = exam.Submit(Now.AddMinutes(1));

        Assert.False(exam.Answer(Response.Choice(0), Now.AddMinutes(2)));
        Assert.Same(first, exam.Submit(Now.AddMinutes(3)));
    }

    [Fact]
    public void The_record_of_an_answered_item_is_graded_as_submission_would_grade_it()
    {
        var exam = NewExam();
        exam.GoTo(2);
        exam.Answer(Response.Choice(1), Now.AddMinutes(2));
        exam.GoTo(0);
        exam.Answer(Response.Choice(0), Now.AddMinutes(3));

        var kept = new[] { exam.RecordAt(0)!, exam.RecordAt(2)! };
        var submitted = exam.Submit(Now.AddMinutes(4)).Items.Where(i => i.Answered).Select(i => i.Record).ToList();

        static object Fields(HitQuiz.Sessions.AnswerRecord a) => (a.QuestionId, string.Join("|", a.Chosen), a.Correct, a.ResponseTime, a.AnsweredAt, a.Section, a.SessionId);
        Assert.Equal(submitted.Select(Fields), kept.Select(Fields));
    }

    [Fact]
    public void An_unanswered_item_has_no_record()
    {
        var exam = NewExam();
        exam.Flag(1);

        Assert.Null(exam.RecordAt(1));
    }
}
