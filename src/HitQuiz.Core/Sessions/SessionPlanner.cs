using HitQuiz.Questions;

namespace HitQuiz.Sessions;

/// <summary>
/// Chooses the questions of a practice session: what the learner has never seen first, then what they got wrong
/// last time (oldest first), then the rest (least recently answered first). Sections are interleaved within each
/// tier so one topic does not fill a whole session.
/// </summary>
public static class SessionPlanner
{
    public static IReadOnlyList<Question> Choose(
        IReadOnlyList<Question> bank,
        IReadOnlyDictionary<string, QuestionHistory> history,
        int count,
        Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var unseen = bank.Where(q => !history.ContainsKey(q.Id)).ToList();
        var wrong = bank.Where(q => history.TryGetValue(q.Id, out var h) && !h.LastCorrect)
            .OrderBy(q => history[q.Id].LastAnswered).ToList();
        var right = bank.Where(q => history.TryGetValue(q.Id, out var h) && h.LastCorrect)
            .OrderBy(q => history[q.Id].LastAnswered)
            .ThenBy(q => (double)history[q.Id].Correct / history[q.Id].Attempts).ToList();

        return Interleave(Shuffle(unseen, random))
            .Concat(Interleave(wrong))
            .Concat(Interleave(right))
            .Take(count)
            .ToList();
    }

    private static List<Question> Shuffle(List<Question> questions, Random random)
    {
        var copy = questions.ToArray();
        random.Shuffle(copy);
        return [.. copy];
    }

    /// <summary>Round-robin over sections, keeping each section's own order.</summary>
    private static IEnumerable<Question> Interleave(List<Question> questions)
    {
        var queues = questions.GroupBy(q => q.SectionName).Select(g => new Queue<Question>(g)).ToList();
        while (queues.Count > 0)
        {
            foreach (var queue in queues)
            {
                yield return queue.Dequeue();
            }

            queues.RemoveAll(q => q.Count == 0);
        }
    }
}
