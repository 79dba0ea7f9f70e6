using HitQuiz.Scheduling;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>Loads what the planner needs from the store and plans a session; the scheduler fuzzes with the session's Random.</summary>
internal static class StudyPlanning
{
    public static Scheduler Scheduler(StudyContext context) => new(new SchedulerOptions { Random = context.Random });

    public static (StudyPlan Plan, IReadOnlyDictionary<string, Card> Cards) Plan(
        StudyContext context, Scheduler scheduler, StudyRequest request, DateTimeOffset now)
    {
        var cards = context.Store.Cards(context.Learner);
        var history = context.Store.History(context.Learner).ToDictionary(h => h.QuestionId, StringComparer.Ordinal);
        var plan = new StudyPlanner(scheduler).Plan(context.Bank, cards, history, request, now, context.Random);
        return (plan, cards);
    }

    /// <summary>"Estimated score …" with what it means; an estimate, never a scaled exam score.</summary>
    public static string ReadinessLine(ReadinessEstimate estimate, string when) =>
        $"Estimated score {when}: {estimate.Score * 100:0}% (an estimate: mean predicted recall over {estimate.Seen + estimate.Unseen} items, " +
        $"{estimate.Unseen} unseen counted at {estimate.UnseenPrior * 100:0}%)";
}
