using HitQuiz.Questions;

namespace HitQuiz.Study;

/// <summary>Round-robin over sections, keeping each section's own order, so one topic does not fill a session.</summary>
internal static class SectionInterleave
{
    public static IEnumerable<Question> Apply(IEnumerable<Question> questions)
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

    public static List<Question> Shuffled(IEnumerable<Question> questions, Random random)
    {
        var copy = questions.ToArray();
        random.Shuffle(copy);
        return [.. copy];
    }
}
