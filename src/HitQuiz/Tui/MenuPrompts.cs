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

    /// <summary>
    /// Asks for the exam date with the one already set filled in: Enter keeps it, typing replaces it, Backspace edits
    /// it, and only "none" (or "-") clears it, so an empty line never removes a date by accident.
    /// </summary>
    public void AskExamDate(Action then)
    {
        var set = Context.Store.ExamDate(Context.Learner);
        var passed = set < ExamDates.Today(Context.Clock.GetUtcNow(), TimeZoneInfo.Local);
        var current = passed ? null : set;
        var prompt = "When is your exam? Type the date as YYYY-MM-DD. Readiness is then estimated for that day, and cram sessions aim at it." +
            (current is { } date ? $" Now {date:yyyy-MM-dd}: Enter keeps it, typing replaces it, none clears it."
            : passed ? $" The date set, {set:yyyy-MM-dd}, has passed; none clears it." : "");
        trainer.Show(new InputScreen("Exam date", prompt, text => TakeExamDate(text, current, then), trainer.ShowMenu)
        {
            Initial = current?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        });
    }

    private string? TakeExamDate(string text, DateOnly? current, Action then)
    {
        if (text.Length == 0)
        {
            (current is null ? trainer.ShowMenu : then)();
            return null;
        }

        DateOnly? date = null;
        if (!IsClear(text))
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                return $"\"{text}\" is not a date like 2026-12-15 (none clears the date).";
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
    }

    private static bool IsClear(string text) => text is "-" || text.Equals("none", StringComparison.OrdinalIgnoreCase);

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
