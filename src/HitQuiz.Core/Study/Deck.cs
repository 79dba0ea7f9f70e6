using HitQuiz.Questions;
using HitQuiz.Scheduling;

namespace HitQuiz.Study;

/// <summary>
/// The bank seen through a learner's cards at one moment: which items are new, due now, due today. A learner has
/// reviewed a few thousand items of a bank that may hold 100,000, so the whole bank is read through the learner's
/// cards and the <see cref="BankIndex"/> rather than by looking every item up (a bank that repeats ids is scanned).
/// </summary>
internal sealed class Deck(IReadOnlyList<Question> bank, IReadOnlyDictionary<string, Card> cards, DateTimeOffset now)
{
    private readonly DateTimeOffset _endOfDay = new DateTimeOffset(now.Date, now.Offset).AddDays(1);
    private Workload? _workload;

    public IReadOnlyList<Question> Bank => bank;

    /// <summary>The learner's cards by question id.</summary>
    public IReadOnlyDictionary<string, Card> Cards => cards;

    public int DueToday => Workload.DueToday;

    public int NewCount => Workload.New;

    private Workload Workload => _workload ??= Tally();

    private BankIndex? Index => BankIndex.Of(bank) is { HasRepeatedIds: false } index ? index : null;

    public Card? Card(Question question) => Card(question.Id);

    public Card? Card(string id) => cards.GetValueOrDefault(id);

    public bool IsSeen(Question question) => IsSeen(question.Id);

    public bool IsSeen(string id) => Card(id) is { } card && IsReviewed(card);

    public bool IsDueNow(Question question) => Card(question) is { } card && IsReviewed(card) && Scheduler.IsDue(card, now);

    /// <summary>The items of <paramref name="pool"/> due now, never reviewed, and reviewed but not due yet, each in pool order.</summary>
    public DeckSplit Split(IEnumerable<Question> pool)
    {
        if (ReferenceEquals(pool, bank) && Index is { } index)
        {
            var dueNow = DueNow(index);
            return new DeckSplit(
                count => SectionInterleave.FirstDue(dueNow, count, position => bank[position]),
                random => SectionInterleave.Drawn(index.Sections, IsSeen, random),
                () => [.. Ahead(index).OrderBy(a => a.Position).Select(a => (bank[a.Position], a.Card))],
                bank.Count);
        }

        if (pool is BankView view && ReferenceEquals(view.Bank, bank) && Index is { } viewIndex)
        {
            return Split(view.Positions, viewIndex);
        }

        var items = pool.ToList();
        var sections = new Dictionary<string, int>(StringComparer.Ordinal);
        List<(int, DateTimeOffset, int)> due = [];
        List<(Question, Card)> ahead = [];
        List<Question> fresh = [];
        for (var i = 0; i < items.Count; i++)
        {
            var question = items[i];
            if (Card(question) is not { } card || !IsReviewed(card))
            {
                fresh.Add(question);
            }
            else if (Scheduler.IsDue(card, now))
            {
                due.Add((i, card.Due, sections.TryAdd(question.SectionName, sections.Count) ? sections.Count - 1 : sections[question.SectionName]));
            }
            else
            {
                ahead.Add((question, card));
            }
        }

        return new DeckSplit(count => SectionInterleave.FirstDue(due, count, i => items[i]), random => SectionInterleave.Drawn(fresh, random), () => ahead, items.Count);
    }

    // Some of the bank's items by position (a section or topic), split without reading the questions; only those a
    // session takes are read.
    private DeckSplit Split(IReadOnlyList<int> positions, BankIndex index)
    {
        List<(int, DateTimeOffset, int)> due = [];
        List<(int Position, Card Card)> ahead = [];
        var fresh = new Dictionary<int, List<int>>();
        foreach (var position in positions)
        {
            var card = Card(bank.IdAt(position));
            if (card is null || !IsReviewed(card))
            {
                var section = index.SectionNumberAt(position);
                if (!fresh.TryGetValue(section, out var list))
                {
                    fresh[section] = list = [];
                }

                list.Add(position);
            }
            else if (Scheduler.IsDue(card, now))
            {
                due.Add((position, card.Due, index.SectionNumberAt(position)));
            }
            else
            {
                ahead.Add((position, card));
            }
        }

        var freshSections = fresh.Select(f => new KeyValuePair<string, IReadOnlyList<Question>>(index.Sections[f.Key].Key, new BankView(bank, f.Value))).ToList();
        return new DeckSplit(
            count => SectionInterleave.FirstDue(due, count, p => bank[p]),
            random => SectionInterleave.Drawn(freshSections, _ => false, random),
            () => [.. ahead.Select(a => (bank[a.Position], a.Card))],
            positions.Count);
    }

    private Workload Tally()
    {
        if (Index is { } index)
        {
            var (seen, today) = (0, 0);
            foreach (var (id, card) in cards)
            {
                if (IsReviewed(card) && index.PositionOf(id) >= 0)
                {
                    seen++;
                    today += card.Due < _endOfDay ? 1 : 0;
                }
            }

            return new Workload(today, bank.Count - seen);
        }

        var (dueToday, fresh) = (0, 0);
        foreach (var question in bank)
        {
            if (Card(question) is not { } card || !IsReviewed(card))
            {
                fresh++;
            }
            else if (card.Due < _endOfDay)
            {
                dueToday++;
            }
        }

        return new Workload(dueToday, fresh);
    }

    // The bank's items due now, by position, with their due times and section numbers (the questions are not read);
    // the same pass over the cards counts the workload.
    private List<(int Position, DateTimeOffset Due, int Section)> DueNow(BankIndex index)
    {
        List<(int, DateTimeOffset, int)> due = [];
        var (seen, today) = (0, 0);
        foreach (var (id, card) in cards)
        {
            if (IsReviewed(card) && index.PositionOf(id) is >= 0 and var position)
            {
                seen++;
                today += card.Due < _endOfDay ? 1 : 0;
                if (Scheduler.IsDue(card, now))
                {
                    due.Add((position, card.Due, index.SectionNumberAt(position)));
                }
            }
        }

        _workload ??= new Workload(today, bank.Count - seen);
        return due;
    }

    private IEnumerable<(int Position, Card Card)> Ahead(BankIndex index)
    {
        foreach (var (id, card) in cards)
        {
            if (IsReviewed(card) && !Scheduler.IsDue(card, now) && index.PositionOf(id) is >= 0 and var position)
            {
                yield return (position, card);
            }
        }
    }

    // A stored card in state New has never been reviewed: it is new, not due.
    private static bool IsReviewed(Card card) => card.LastReview is not null;
}
