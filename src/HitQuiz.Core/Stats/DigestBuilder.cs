using HitQuiz.Sessions;

namespace HitQuiz.Stats;

/// <summary>Folds answers into an <see cref="AnswerDigest"/> in one pass; answers may come in any order.</summary>
public sealed class DigestBuilder
{
    private readonly Dictionary<long, (int Answered, int Correct)> _buckets = [];
    private readonly Dictionary<string, ItemRecord> _items = new(StringComparer.Ordinal);

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
    }

    public static AnswerDigest Of(IEnumerable<AnswerRecord> answers)
    {
        var builder = new DigestBuilder();
        foreach (var a in answers.Where(a => a.IsAnswered))
        {
            builder.Add(a.QuestionId, a.Section, a.Correct, a.AnsweredAt);
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

    public AnswerDigest Build() => new(
        [.. _buckets.OrderBy(b => b.Key).Select(b => new TimeBucket(TimeBucket.StartOf(b.Key), b.Value.Answered, b.Value.Correct))],
        [.. _items.Values.OrderBy(i => i.QuestionId, StringComparer.Ordinal)]);
}
