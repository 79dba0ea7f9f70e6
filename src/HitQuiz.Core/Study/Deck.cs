using HitQuiz.Questions;
using HitQuiz.Scheduling;

namespace HitQuiz.Study;

/// <summary>The bank seen through a learner's cards at one moment: which items are new, due now, due today.</summary>
internal sealed class Deck(IReadOnlyList<Question> bank, IReadOnlyDictionary<string, Card> cards, DateTimeOffset now)
{
    private readonly DateTimeOffset _endOfDay = new DateTimeOffset(now.Date, now.Offset).AddDays(1);

    public IReadOnlyList<Question> Bank => bank;

    public int DueToday => bank.Count(q => Card(q) is { } card && IsReviewed(card) && card.Due < _endOfDay);

    public int NewCount => bank.Count(q => !IsSeen(q));

    public Card? Card(Question question) => cards.GetValueOrDefault(question.Id);

    public bool IsSeen(Question question) => Card(question) is { } card && IsReviewed(card);

    public bool IsDueNow(Question question) => Card(question) is { } card && IsReviewed(card) && Scheduler.IsDue(card, now);

    // A stored card in state New has never been reviewed: it is new, not due.
    private static bool IsReviewed(Card card) => card.LastReview is not null;
}
