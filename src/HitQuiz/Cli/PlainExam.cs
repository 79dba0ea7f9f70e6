using System.Text;
using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>
/// The exam simulation as plain lines: every item without feedback, the time left before each, flags, a review
/// grid, and submission (typed, at end of input, or automatically once the clock passes the deadline, checked
/// each time a line is read). Then the report per section and a walk through every item. Answered items feed
/// the scheduler at the time they were answered; unanswered ones are stored as such (see <see cref="ExamItemResult"/>).
/// </summary>
internal sealed class PlainExam(StudyContext context, TextReader input, TextWriter output, StudyRequest request)
{
    private const string Commands = "Type an answer, f to flag or unflag and go on, s to skip, g for the review grid, g N to go to item N, submit to finish.";

    private readonly Scheduler _scheduler = StudyPlanning.Scheduler(context);

    public int Run()
    {
        foreach (var notice in context.Notices)
        {
            output.WriteLine($"! {notice}");
        }

        var now = context.Clock.GetUtcNow();
        var (plan, cards) = StudyPlanning.Plan(context, _scheduler, request, now);
        if (plan.Exam is not { } blueprint || plan.Questions.Count == 0)
        {
            output.WriteLine("The question bank is empty. Run 'hitquiz check' to see why.");
            return 1;
        }

        // The clock starts once the items are chosen, as it would at a test centre.
        var started = context.Clock.GetUtcNow();
        var id = context.Store.StartSession(context.Learner, "exam", started);
        var exam = new ExamSession(context.Learner, id, plan.Questions, started, blueprint.Duration);
        output.WriteLine($"HitQuiz exam · learner {LearnerName.Shown(context.Learner)} · {SummaryText.Count(exam.Items.Count, "item")} · {SummaryText.Duration(blueprint.Duration)}");
        output.WriteLine(Commands);
        var result = Sit(exam);
        ExamSaving.Finish(context.Store, _scheduler, exam.SessionId, result, cards);
        ExamReportText.Write(output, result, context.Explain);
        return 0;
    }

    private ExamResult Sit(ExamSession exam)
    {
        while (true)
        {
            if (TimeUp(exam))
            {
                return exam.Result!;
            }

            WriteItem(exam, context.Clock.GetUtcNow());
            var line = input.ReadLine();
            if (TimeUp(exam))
            {
                return exam.Result!;
            }

            var now = context.Clock.GetUtcNow();
            if (line is null)
            {
                output.WriteLine("End of input: the exam was submitted.");
                return exam.Submit(now);
            }

            if (Handle(exam, line.Trim(), now) is { } result)
            {
                return result;
            }
        }
    }

    private bool TimeUp(ExamSession exam)
    {
        if (!exam.IsTimeUp(context.Clock.GetUtcNow()))
        {
            return false;
        }

        output.WriteLine("Time is up: the exam was submitted.");
        return true;
    }

    /// <summary>Carries out one line; the result once it submits the exam.</summary>
    private ExamResult? Handle(ExamSession exam, string line, DateTimeOffset now)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words)
        {
            case ["submit"]:
                return exam.Submit(now);
            case ["f" or "F"]:
                ToggleFlag(exam);
                break;
            case ["s" or "S"]:
                exam.Next();
                break;
            case ["g" or "G"]:
                WriteGrid(exam);
                break;
            case ["g" or "G", var number] when int.TryParse(number, out var n) && n >= 1 && n <= exam.Items.Count:
                exam.GoTo(n - 1);
                break;
            default:
                Answer(exam, line, now);
                break;
        }

        return null;
    }

    private static void ToggleFlag(ExamSession exam)
    {
        if (exam.IsFlagged(exam.Index))
        {
            exam.Unflag(exam.Index);
        }
        else
        {
            exam.Flag(exam.Index);
        }

        exam.Next();
    }

    private void Answer(ExamSession exam, string line, DateTimeOffset now)
    {
        if (PlainAnswerParser.Parse(exam.Current, line) is not { } response)
        {
            output.WriteLine($"\"{line}\" is not an answer to this item or a command. {Commands}");
            return;
        }

        var item = exam.Index;
        if (exam.Answer(response, now))
        {
            ExamSaving.KeepAnswer(context.Store, exam, item);
        }

        if (exam.Grid().All(cell => cell.Answered))
        {
            output.WriteLine($"All {exam.Items.Count} items answered. Type submit to finish, or g N to revisit an item.");
        }
    }

    private void WriteItem(ExamSession exam, DateTimeOffset now)
    {
        var question = exam.Current;
        var marks = (exam.IsFlagged(exam.Index) ? " · flagged" : "") +
            (exam.AnswerAt(exam.Index) is { } answer ? $" · answered: {PlainText.Chosen(question, answer)}" : "");
        output.WriteLine();
        output.WriteLine($"Item {exam.Index + 1}/{exam.Items.Count} · {SummaryText.Duration(exam.TimeLeft(now))} left{marks}");
        output.WriteLine(question.Stem);
        PlainText.Options(output, question);
        output.WriteLine(PlainAnswerParser.Prompt(question));
    }

    private void WriteGrid(ExamSession exam)
    {
        output.WriteLine("Review grid (* answered, - unanswered, F flagged, > current):");
        foreach (var row in exam.Grid().Chunk(10))
        {
            var text = new StringBuilder();
            foreach (var cell in row)
            {
                text.Append($"{(cell.Current ? ">" : " ")}{cell.Number,3}{(cell.Answered ? "*" : "-")}{(cell.Flagged ? "F" : " ")}");
            }

            output.WriteLine(text.ToString().TrimEnd());
        }
    }
}
