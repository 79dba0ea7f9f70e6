using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;

namespace HitQuiz.Study;

/// <summary>
/// Chooses a session's questions for each <see cref="StudyMode"/> from the bank, the learner's cards and a light
/// per-question history. Pure: time and randomness are passed in; nothing is written. Only review mode reads the
/// history, and only answers within <see cref="RecentWrong"/> of <c>now</c>, so callers may pass just those.
/// </summary>
public sealed class StudyPlanner(Scheduler scheduler)
{
    /// <summary>Review mode takes items whose last answer was wrong within this many days.</summary>
    public static readonly TimeSpan RecentWrong = TimeSpan.FromDays(14);

    /// <summary>Review mode takes items whose predicted recall now is below this.</summary>
    public const double WeakRecall = 0.8;

    public StudyPlan Plan(
        IReadOnlyList<Question> bank,
        IReadOnlyDictionary<string, Card> cards,
        IReadOnlyDictionary<string, QuestionHistory> history,
        StudyRequest request,
        DateTimeOffset now,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(request);
        var deck = new Deck(bank, cards, now);
        var count = request.Count ?? StudyRequest.DefaultCount;
        var topic = request.Mode == StudyMode.Topic ? TopicMatch.Filter(bank, request.Topic) : null;
        var (eligible, blueprint) = request.Mode switch
        {
            StudyMode.Practice => (DueFirst(deck, bank, random, count), null),
            StudyMode.Review => (Weakest(deck, history, now), null),
            StudyMode.Topic => (DueFirst(deck, topic!, random, count), null),
            StudyMode.Cram => (LeastRecalledOn(deck, request.ExamDate ?? now, random), null),
            StudyMode.Exam => ExamItems(bank, request, random),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Mode, "Unknown study mode."),
        };
        var take = blueprint?.Items ?? count;
        // A topic drill's counts are its own sections', as the session it starts.
        var workload = topic is null ? new Workload(deck.DueToday, deck.NewCount) : Workload.Of(topic, cards, now);
        return new StudyPlan(request.Mode, [.. eligible.Questions.Take(take)])
        {
            DueToday = workload.DueToday,
            New = workload.New,
            Eligible = eligible.Count,
            Exam = blueprint,
        };
    }

    /// <summary>
    /// Due items, most overdue first; then new ones, drawn at random; then the rest, soonest due first. Each tier
    /// interleaved by section. With a large bank only what the session needs is drawn and sorted past the due tier.
    /// </summary>
    private static (IEnumerable<Question> Questions, int Count) DueFirst(Deck deck, IEnumerable<Question> questions, Random random, int count)
    {
        var split = deck.Split(questions);
        var chosen = split.FirstDue(count);
        chosen.AddRange(split.DrawFresh(random).Take(Math.Max(0, count - chosen.Count)));
        if (chosen.Count < count)
        {
            chosen.AddRange(SectionInterleave.Apply(split.Ahead().OrderBy(a => a.Card.Due).Select(a => a.Question)));
        }

        return (chosen, split.Count);
    }

    // Review and cram go over every item by position and what is known of it without reading it, and read only the
    // items the session takes: a bank held packed is never unpacked whole.
    private (IEnumerable<Question> Questions, int Count) Weakest(Deck deck, IReadOnlyDictionary<string, QuestionHistory> history, DateTimeOffset now)
    {
        // An item answered before it had a card has no memory model yet: it counts as not recalled.
        double Recall(string id) => deck.Card(id) is { LastReview: not null } card ? scheduler.Retrievability(card, now) : 0;
        bool RecentlyWrong(string id) =>
            history.TryGetValue(id, out var h) && !h.LastCorrect && now - h.LastAnswered <= RecentWrong;

        return Positions(Answered(deck, history)
            .Where(x => deck.IsSeen(x.Id) || history.ContainsKey(x.Id))
            .Select(x => (x.Position, Recall: Recall(x.Id), x.Id))
            .Where(x => x.Recall < WeakRecall || RecentlyWrong(x.Id))
            .OrderBy(x => x.Recall)
            .Select(x => x.Position)
            .ToList(), deck.Bank);
    }

    // The items the learner has a card or a recent answer for, in bank order: found through the bank index when ids are
    // unique (a learner has answered a few thousand of a bank that may hold 100,000), else by a pass over the bank.
    private static IEnumerable<(int Position, string Id)> Answered(Deck deck, IReadOnlyDictionary<string, QuestionHistory> history)
    {
        if (BankIndex.Of(deck.Bank) is not { HasRepeatedIds: false } index)
        {
            return deck.Bank.Ids();
        }

        return deck.Cards.Keys.Concat(history.Keys)
            .Select(index.PositionOf)
            .Where(position => position >= 0)
            .Distinct()
            .Order()
            .Select(position => (position, deck.Bank.IdAt(position)));
    }

    private (IEnumerable<Question> Questions, int Count) LeastRecalledOn(Deck deck, DateTimeOffset examDate, Random random)
    {
        var shuffled = deck.Bank.Ids().ToArray();
        random.Shuffle(shuffled);
        return Positions(shuffled
            .Select(x => (x.Position, Recall: deck.Card(x.Id) is { } card ? scheduler.Retrievability(card, examDate) : 0))
            .OrderBy(x => x.Recall)
            .Select(x => x.Position)
            .ToList(), deck.Bank);
    }

    private static (IEnumerable<Question> Questions, int Count) Positions(List<int> positions, IReadOnlyList<Question> bank) =>
        (positions.Select(i => bank[i]), positions.Count);

    private static (IEnumerable<Question> Questions, int Count) WithCount(List<Question> questions) => (questions, questions.Count);

    private static ((IEnumerable<Question> Questions, int Count), ExamBlueprint) ExamItems(IReadOnlyList<Question> bank, StudyRequest request, Random random)
    {
        var blueprint = ExamBlueprint.For(bank.Count, request.Count, request.Minutes);
        return (WithCount(ExamSampler.Sample(bank, blueprint.Items, random)), blueprint);
    }
}
