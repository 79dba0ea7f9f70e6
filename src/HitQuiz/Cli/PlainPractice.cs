using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>
/// A study session as plain lines (screen readers, scripts, no terminal) in any mode but the exam: the same
/// planning, grading, scheduling and storage as the text UI. One answer per line, optionally ending in a
/// confidence word (<see cref="ConfidenceSuffix"/>); a line that is not an answer is asked again; end of input
/// ends the session with its summary. Cram answers are stored without touching the schedule.
/// </summary>
internal sealed class PlainPractice(StudyContext context, TextReader input, TextWriter output, StudyRequest request)
{
    private readonly Scheduler _scheduler = StudyPlanning.Scheduler(context);
    private StudyRecorder _recorder = null!;

    private string ModeName => request.Mode.ToString().ToLowerInvariant();

    public int Run()
    {
        foreach (var notice in context.Notices)
        {
            output.WriteLine($"! {notice}");
        }

        if (context.Bank.Count == 0)
        {
            output.WriteLine("The question bank is empty. Run 'hitquiz check' to see why.");
            return 1;
        }

        var now = context.Clock.GetUtcNow();
        var (plan, cards) = StudyPlanning.Plan(context, _scheduler, request, now);
        _recorder = new StudyRecorder(context, _scheduler, cards, schedules: request.Mode != StudyMode.Cram);

        output.WriteLine($"HitQuiz {ModeName} · learner {LearnerName.Shown(context.Learner)} · {SummaryText.Count(plan.Questions.Count, "question")}");
        WriteFacts(plan, now);
        if (plan.Questions.Count == 0)
        {
            output.WriteLine(NothingToAsk());
            return request.Mode == StudyMode.Topic ? 1 : 0;
        }

        output.WriteLine("One answer per line; q ends the session.");
        var session = new PracticeSession(context.Learner, context.Store.StartSession(context.Learner, ModeName, now), plan.Questions, now);
        var exitCode = AskAll(session);
        Finish(session);
        return exitCode;
    }

    private void WriteFacts(StudyPlan plan, DateTimeOffset now)
    {
        if (request.Mode == StudyMode.Topic && plan.Questions.Count > 0)
        {
            // A topic matches by part of a name ("job" may match several sections): say which.
            output.WriteLine($"Topic \"{request.Topic}\" matches: {string.Join("; ", TopicMatch.Sections(TopicMatch.Filter(context.Bank, request.Topic)))}");
        }

        if (request.Mode is StudyMode.Practice or StudyMode.Topic)
        {
            output.WriteLine($"{plan.DueToday} due today · {plan.New} new");
        }

        var readiness = new ReadinessEstimator(_scheduler);
        var examToday = request.ExamDate is { } day && DateOnly.FromDateTime(day.Date) == ExamDates.Today(now, TimeZoneInfo.Local);
        if (request.Mode == StudyMode.Practice)
        {
            output.WriteLine(StudyPlanning.ReadinessLine(readiness.Estimate(context.Bank, _recorder.Cards, now), examToday ? "today (your exam date)" : "today"));
        }

        if (request.Mode is StudyMode.Practice or StudyMode.Cram && request.ExamDate is { } examDate && !(examToday && request.Mode == StudyMode.Practice))
        {
            output.WriteLine(StudyPlanning.ReadinessLine(readiness.Estimate(context.Bank, _recorder.Cards, examDate), $"on {examDate:yyyy-MM-dd}"));
        }

        if (request.Mode == StudyMode.Cram)
        {
            output.WriteLine("Cram answers are saved but do not change your long-term schedule.");
        }
    }

    private string NothingToAsk() => request.Mode switch
    {
        StudyMode.Topic => $"No questions match \"{request.Topic}\". Sections: {string.Join("; ", TopicMatch.Sections(context.Bank))}",
        StudyMode.Review => "Nothing to review: no recent mistakes and nothing below 80% predicted recall.",
        _ => "No questions to ask.",
    };

    private int AskAll(PracticeSession session)
    {
        while (!session.IsFinished)
        {
            var question = session.Current;
            var shownAt = context.Clock.GetTimestamp();
            WriteQuestion(session, question);
            if (ReadResponse(question) is not ({ } response, var confidence))
            {
                output.WriteLine();
                output.WriteLine("Session ended.");
                return 0;
            }

            var now = context.Clock.GetUtcNow();
            var verdict = session.Submit(response, context.Clock.GetElapsedTime(shownAt), now);
            _recorder.Record(verdict, Grading.GradeFor(verdict.Correct, confidence), now);
            WriteVerdict(verdict);
        }

        return 0;
    }

    private void WriteQuestion(PracticeSession session, Question question)
    {
        output.WriteLine();
        output.WriteLine($"Question {session.Position}/{session.Questions.Count} · {question.SectionName}");
        output.WriteLine(question.Stem);
        PlainText.Options(output, question);
    }

    /// <summary>Asks until the line is an answer; null at end of input or on "q" (or "/q", as typed answers take "/h" and "/e").</summary>
    private (Response, Confidence?)? ReadResponse(Question question)
    {
        while (true)
        {
            output.WriteLine(ConfidenceSuffix.Prompt(question));
            var line = input.ReadLine();
            // "q" ends the session at a typed answer too, as in an exam, rather than being recorded as a wrong answer.
            if (line is null || line.Trim() is "q" or "Q" or "/q" or "/Q")
            {
                return null;
            }

            var (answer, confidence) = ConfidenceSuffix.Split(question, line);
            if (PlainAnswerParser.Parse(question, answer) is { } response)
            {
                return (response, confidence);
            }

            output.WriteLine($"\"{line.Trim()}\" is not an answer to this question.");
        }
    }

    private void WriteVerdict(Verdict verdict)
    {
        output.WriteLine(verdict.Correct ? "Correct." : $"Incorrect. The answer is: {PlainText.Key(verdict.Question)}");
        PlainText.Explanation(output, context.Explain(verdict.Question));
    }

    private void Finish(PracticeSession session)
    {
        var now = context.Clock.GetUtcNow();
        var summary = session.Summarise(now);
        context.Store.FinishSession(session.SessionId, now, summary.Answered, summary.Correct);
        output.WriteLine();
        output.WriteLine(SummaryText.Headline(summary));
        foreach (var section in summary.Sections)
        {
            output.WriteLine($"  {section.Section}: {section.Correct}/{section.Answered} ({section.Percent:0}%)");
        }
    }
}
