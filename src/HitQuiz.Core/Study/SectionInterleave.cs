using HitQuiz.Questions;

namespace HitQuiz.Study;

/// <summary>Round-robin over sections, keeping each section's own order, so one topic does not fill a session.</summary>
internal static class SectionInterleave
{
    public static IEnumerable<Question> Apply(IEnumerable<Question> questions) =>
        Apply(questions.GroupBy(q => q.SectionName).Select(g => new Queue<Question>(g)).ToList());

    /// <summary>
    /// The first <paramref name="count"/> of <see cref="Apply"/> over the items ordered by due time (ties in position
    /// order), found without sorting them all: only each section's <paramref name="count"/> earliest can be among them.
    /// Items name their question by position and their section by number, so most are passed over without reading
    /// the question; <paramref name="at"/> gives the question at a position.
    /// </summary>
    public static List<Question> FirstDue(IEnumerable<(int Position, DateTimeOffset Due, int Section)> items, int count, Func<int, Question> at)
    {
        var latestFirst = Comparer<(DateTimeOffset, int)>.Create((a, b) => b.CompareTo(a));
        var sections = new Dictionary<int, PriorityQueue<int, (DateTimeOffset, int)>>();
        var earliest = new Dictionary<int, (DateTimeOffset, int)>();
        foreach (var (position, due, section) in items)
        {
            var key = (due, position);
            if (!sections.TryGetValue(section, out var kept))
            {
                sections[section] = kept = new PriorityQueue<int, (DateTimeOffset, int)>(latestFirst);
                earliest[section] = key;
            }
            else if (key.CompareTo(earliest[section]) < 0)
            {
                earliest[section] = key;
            }

            // Most items are later than every one kept: one comparison, no heap work.
            if (kept.Count < count)
            {
                kept.Enqueue(position, key);
            }
            else if (count > 0 && kept.TryPeek(out _, out var latest) && key.CompareTo(latest) < 0)
            {
                kept.DequeueEnqueue(position, key);
            }
        }

        var queues = sections.OrderBy(s => earliest[s.Key]).Select(s => Earliest(s.Value, at)).ToList();
        return [.. Apply(queues).Take(count)];
    }

    private static Queue<Question> Earliest(PriorityQueue<int, (DateTimeOffset, int)> latestFirst, Func<int, Question> at)
    {
        var items = new Question[latestFirst.Count];
        for (var i = items.Length - 1; i >= 0; i--)
        {
            items[i] = at(latestFirst.Dequeue());
        }

        return new Queue<Question>(items);
    }

    private static IEnumerable<Question> Apply(List<Queue<Question>> queues)
    {
        while (queues.Count > 0)
        {
            foreach (var queue in queues)
            {
                yield return queue.Dequeue();
            }

            queues.RemoveAll(q => q.Count == 0);
        }
    }

    /// <summary>
    /// The questions in random order, round-robin over the sections (taken in random order). Drawn lazily: taking the
    /// first few of a large pool costs one pass to group it by section, not a shuffle of all of it.
    /// </summary>
    public static IEnumerable<Question> Drawn(IEnumerable<Question> questions, Random random)
    {
        var sections = questions.GroupBy(q => q.SectionName).Select(g => g.ToArray()).ToArray();
        random.Shuffle(sections);
        var drawn = new int[sections.Length];
        for (var left = sections.Sum(s => s.Length); left > 0;)
        {
            for (var i = 0; i < sections.Length; i++)
            {
                var section = sections[i];
                if (drawn[i] < section.Length)
                {
                    // One step of a Fisher-Yates shuffle: what is drawn is uniform over what is left.
                    var j = random.Next(drawn[i], section.Length);
                    (section[drawn[i]], section[j]) = (section[j], section[drawn[i]]);
                    yield return section[drawn[i]++];
                    left--;
                }
            }
        }
    }

    /// <summary>
    /// As <see cref="Drawn(IEnumerable{Question}, Random)"/> over sections already grouped, leaving out the questions
    /// <paramref name="skip"/> names, without copying the sections: drawing a few from a large bank costs a few draws.
    /// </summary>
    public static IEnumerable<Question> Drawn(
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<Question>>> sections, Func<Question, bool> skip, Random random)
    {
        var order = sections.Select(s => s.Value).Where(s => s.Count > 0).ToArray();
        random.Shuffle(order);

        // A Fisher-Yates shuffle of each section done lazily, its swaps kept aside so the shared lists are untouched.
        var swaps = order.Select(_ => new Dictionary<int, int>()).ToArray();
        var drawn = new int[order.Length];
        for (var left = order.Length > 0; left;)
        {
            left = false;
            for (var i = 0; i < order.Length; i++)
            {
                while (drawn[i] < order[i].Count)
                {
                    var k = drawn[i]++;
                    var j = random.Next(k, order[i].Count);
                    var picked = swaps[i].GetValueOrDefault(j, j);
                    swaps[i][j] = swaps[i].GetValueOrDefault(k, k);
                    if (!skip(order[i][picked]))
                    {
                        yield return order[i][picked];
                        break;
                    }
                }

                left |= drawn[i] < order[i].Count;
            }
        }
    }

    public static List<Question> Shuffled(IEnumerable<Question> questions, Random random)
    {
        var copy = questions.ToArray();
        random.Shuffle(copy);
        return [.. copy];
    }
}
