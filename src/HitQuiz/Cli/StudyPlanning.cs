using HitQuiz.Scheduling;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>Loads what the planner needs from the store and plans a session; the scheduler fuzzes with the session's Random.</summary>
internal static class StudyPlanning
{
    public static Scheduler Scheduler(StudyContext context) => Scheduler(context.Random);

    public static Scheduler Scheduler(Random random) => new(new SchedulerOptions { Random = random });

    public static (StudyPlan Plan, IReadOnlyDictionary<string, Card> Cards) Plan(
        StudyContext context, Scheduler scheduler, StudyRequest request, DateTimeOffset now)
    {
        var cards = context.Store.Cards(context.Learner);
        return (Plan(context, scheduler, request, cards, now), cards);
    }

    /// <summary>Plans with the learner's cards already read.</summary>
    public static StudyPlan Plan(StudyContext context, Scheduler scheduler, StudyRequest request, IReadOnlyDictionary<string, Card> cards, DateTimeOffset now)
    {
        // Only review mode looks at past answers, and only at recent ones: reading every question's history takes
        // tens of milliseconds with a long one.
        var history = request.Mode == StudyMode.Review
            ? context.Store.RecentHistory(context.Learner, now - StudyPlanner.RecentWrong)
            : new Dictionary<string, Sessions.QuestionHistory>();
        return new StudyPlanner(scheduler).Plan(context.Bank, cards, history, request, now, context.Random);
    }

    /// <summary>"Estimated score …" with what it means; an estimate, never a scaled exam score.</summary>
    public static string ReadinessLine(ReadinessEstimate estimate, string when) =>
        $"Estimated score {when}: {estimate.Score * 100:0}% (an estimate over {estimate.Seen + estimate.Unseen} items: predicted recall, else a {estimate.UnseenPrior * 100:0}% guess; " +
        $"{estimate.Unseen} unseen counted at {estimate.UnseenPrior * 100:0}%)";
}
