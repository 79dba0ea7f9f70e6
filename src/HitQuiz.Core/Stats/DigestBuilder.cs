using HitQuiz.Sessions;

namespace HitQuiz.Stats;

/// <summary>Folds answers into an <see cref="AnswerDigest"/> in one pass; answers may come in any order.</summary>
public sealed class DigestBuilder
{
    private readonly Dictionary<long, (int Answered, int Correct)> _buckets = [];
    private readonly Dictionary<string, ItemRecord> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OmittedItem> _omitted = new(StringComparer.Ordinal);

    public DigestBuilder(AnswerDigest? start = null)
    {
        foreach (var bucket in start?.Buckets ?? [])
        {
            _buckets[TimeBucket.IndexOf(bucket.Start)] = (bucket.Answered, bucket.Correct);
        }

        foreach (var item in start?.Items ?? [])
        {
            _items[item.QuestionId] = item;
        }

        foreach (var omitted in start?.Omitted ?? [])
        {
            _omitted[omitted.QuestionId] = omitted;
        }
    }

    public static AnswerDigest Of(IEnumerable<AnswerRecord> answers)
    {
        var builder = new DigestBuilder();
        foreach (var a in answers)
        {
            if (a.IsAnswered)
            {
                builder.Add(a.QuestionId, a.Section, a.Correct, a.AnsweredAt);
            }
            else
            {
                builder.AddOmitted(a.QuestionId, a.Section);
            }
        }

        return builder.Build();
    }

    public void Add(string questionId, string section, bool correct, DateTimeOffset answeredAt)
    {
        var index = TimeBucket.IndexOf(answeredAt);
        var (answered, right) = _buckets.GetValueOrDefault(index);
        _buckets[index] = (answered + 1, right + (correct ? 1 : 0));

        var hit = correct ? 1 : 0;
        _items[questionId] = _items.TryGetValue(questionId, out var item)
            ? answeredAt >= item.LastAnswered
                ? item with { Section = section, Attempts = item.Attempts + 1, Correct = item.Correct + hit, LastCorrect = correct, LastAnswered = answeredAt }
                : item with { Attempts = item.Attempts + 1, Correct = item.Correct + hit }
            : new ItemRecord(questionId, section, 1, hit, correct, answeredAt);
    }

    /// <summary>Counts an exam item left unanswered (see <see cref="AnswerRecord.IsAnswered"/>): no answer, an omission.</summary>
    public void AddOmitted(string questionId, string section) =>
        _omitted[questionId] = _omitted.TryGetValue(questionId, out var omitted)
            ? omitted with { Section = section, Count = omitted.Count + 1 }
            : new OmittedItem(questionId, section, 1);

    public AnswerDigest Build() => new(
        [.. _buckets.OrderBy(b => b.Key).Select(b => new TimeBucket(TimeBucket.StartOf(b.Key), b.Value.Answered, b.Value.Correct))],
        [.. _items.Values.OrderBy(i => i.QuestionId, StringComparer.Ordinal)])
    {
        Omitted = [.. _omitted.Values.OrderBy(o => o.QuestionId, StringComparer.Ordinal)],
    };
}
