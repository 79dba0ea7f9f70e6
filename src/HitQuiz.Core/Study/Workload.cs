using HitQuiz.Questions;
using HitQuiz.Scheduling;

namespace HitQuiz.Study;

/// <summary>What the learner has to do today, for the menu: items due before the end of the day, and items never reviewed.</summary>
public sealed record Workload(int DueToday, int New)
{
    /// <summary>The workload at <paramref name="now"/>; "today" ends at midnight in <paramref name="now"/>'s offset.</summary>
    public static Workload Of(IReadOnlyList<Question> bank, IReadOnlyDictionary<string, Card> cards, DateTimeOffset now)
    {
        var deck = new Deck(bank, cards, now);
        return new Workload(deck.DueToday, deck.NewCount);
    }
}
