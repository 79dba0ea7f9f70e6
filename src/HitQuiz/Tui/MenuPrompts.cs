using HitQuiz.Study;

namespace HitQuiz.Tui;

/// <summary>The menu actions that ask something first: which topic, which exam date, which learner.</summary>
internal sealed class MenuPrompts(Trainer trainer, Func<StudyContext> contextNow)
{
    private StudyContext Context => contextNow();

    public void PickTopic()
    {
        var sections = TopicMatch.Sections(Context.Bank);
        var counts = sections.Select(s => $"{s} ({TopicMatch.Filter(Context.Bank, s).Count})").ToList();
        trainer.Show(new PickScreen("Drill a topic", "Choose a section; its due items come first.", counts,
            i => trainer.Start(new StudyRequest(StudyMode.Topic, Context.SessionSize) { Topic = sections[i] }), trainer.ShowMenu));
    }

    public void StartCram()
    {
        // No exam date yet, or it has passed: cram needs a day to aim at.
        if (Context.Store.ExamDate(Context.Learner) is not { } date || date < ExamDates.Today(Context.Clock.GetUtcNow(), TimeZoneInfo.Local))
        {
            AskExamDate(StartCram);
            return;
        }

        trainer.Start(new StudyRequest(StudyMode.Cram, Context.SessionSize) { ExamDate = Trainer.ExamMorning(date) });
    }

    public void AskExamDate(Action then) => trainer.Show(new InputScreen(
        "Exam date",
        "When is your exam? Type the date as YYYY-MM-DD (an empty line clears it). Readiness is then estimated for that day, and cram sessions aim at it.",
        text =>
        {
            DateOnly? date = null;
            if (text.Length > 0)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                {
                    return $"\"{text}\" is not a date like 2026-12-15.";
                }

                if (ExamDates.Problem(parsed, ExamDates.Today(Context.Clock.GetUtcNow(), TimeZoneInfo.Local)) is { } problem)
                {
                    return problem;
                }

                date = parsed;
            }

            if (trainer.TrySave(() => Context.Store.SetExamDate(Context.Learner, date, Context.Clock.GetUtcNow())))
            {
                (date is null ? trainer.ShowMenu : then)();
            }

            return null;
        },
        trainer.ShowMenu));

    public void PickLearner()
    {
        var learners = Context.Store.Learners().ToList();
        trainer.Show(new PickScreen("Learner", "Who is studying? Each learner has their own history and schedule.",
            [.. learners, "Add a learner…"],
            i =>
            {
                if (i < learners.Count)
                {
                    trainer.SwitchTo(learners[i]);
                }
                else
                {
                    trainer.Show(new InputScreen("Add a learner", "Name:", AddLearner, trainer.ShowMenu));
                }
            },
            trainer.ShowMenu));
    }

    private string? AddLearner(string name)
    {
        if (name.Length == 0)
        {
            return "Type a name.";
        }

        if (LearnerName.Problem(name) is { } problem)
        {
            return char.ToUpperInvariant(problem[0]) + problem[1..];
        }

        trainer.SwitchTo(name);
        return null;
    }
}
