using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Storage;

namespace HitQuiz.Cli;

/// <summary>
/// A practice session as plain lines (screen readers, scripts, no terminal): the same planning, grading and
/// storage as the text UI. One answer per line; a line that is not an answer is asked again; end of input ends
/// the session with its summary.
/// </summary>
internal sealed class PlainPractice(StudyContext context, TextReader input, TextWriter output)
{
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

        var session = Start();
        output.WriteLine($"HitQuiz practice · learner {context.Learner} · {session.Questions.Count} questions");
        var exitCode = AskAll(session);
        Finish(session);
        return exitCode;
    }

    private PracticeSession Start()
    {
        var history = context.Store.History(context.Learner).ToDictionary(h => h.QuestionId);
        var questions = SessionPlanner.Choose(context.Bank, history, context.SessionSize, context.Random);
        var now = context.Clock.GetUtcNow();
        return new PracticeSession(context.Learner, context.Store.StartSession(context.Learner, "practice", now), questions, now);
    }

    private int AskAll(PracticeSession session)
    {
        while (!session.IsFinished)
        {
            var question = session.Current;
            var shownAt = context.Clock.GetTimestamp();
            WriteQuestion(session, question);
            var response = ReadResponse(question);
            if (response is null)
            {
                output.WriteLine();
                output.WriteLine("Session ended.");
                return 0;
            }

            var verdict = session.Submit(response, context.Clock.GetElapsedTime(shownAt), context.Clock.GetUtcNow());
            context.Store.RecordAnswer(verdict.Record);
            WriteVerdict(verdict);
        }

        return 0;
    }

    private void WriteQuestion(PracticeSession session, Question question)
    {
        output.WriteLine();
        output.WriteLine($"Question {session.Position}/{session.Questions.Count} · {question.SectionName}");
        output.WriteLine(question.Stem);
        foreach (var line in PlainOptions.Lines(question))
        {
            output.WriteLine(line);
        }
    }

    /// <summary>Asks until the line is an answer; null at end of input or on "q" for a choice question.</summary>
    private Response? ReadResponse(Question question)
    {
        while (true)
        {
            output.WriteLine(PlainAnswerParser.Prompt(question));
            var line = input.ReadLine();
            if (line is null || (question.Kind != QuestionKind.Cloze && line.Trim() is "q" or "Q"))
            {
                return null;
            }

            if (PlainAnswerParser.Parse(question, line) is { } response)
            {
                return response;
            }

            output.WriteLine($"\"{line.Trim()}\" is not an answer to this question.");
        }
    }

    private void WriteVerdict(Verdict verdict)
    {
        var question = verdict.Question;
        if (verdict.Correct)
        {
            output.WriteLine("Correct.");
        }
        else
        {
            output.WriteLine($"Incorrect. The answer is: {AnswerKey.Describe(question)}");
        }

        WriteExplanation(context.Explain(question));
    }

    private void WriteExplanation(AnswerExplanation explanation)
    {
        if (explanation.Why is { Length: > 0 } why)
        {
            output.WriteLine($"Why: {why}");
        }

        if (explanation.Passage is { } passage)
        {
            output.WriteLine($"Source: {passage.SectionTitle} ({passage.Document}, lines {passage.FirstLine}-{passage.LastLine})");
            foreach (var evidence in passage.HighlightedText)
            {
                output.WriteLine($"Evidence: \"{evidence}\"");
            }
        }
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
