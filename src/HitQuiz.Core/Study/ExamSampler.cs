using HitQuiz.Questions;

namespace HitQuiz.Study;

/// <summary>
/// Picks exam items shaped like the RHIT exam: four-option single-answer and multiple-response items first,
/// other choice items only when those run out, typed and true/false items last; within each tier, sections
/// get seats in proportion to their size (largest remainder), drawn at random.
/// </summary>
internal static class ExamSampler
{
    public static List<Question> Sample(IReadOnlyList<Question> bank, int count, Random random)
    {
        // Seats are dealt over positions and what is known of each item without reading it, so a bank held packed
        // is read only for the items chosen.
        var summaries = Enumerable.Range(0, bank.Count).Select(i => (Position: i, Summary: QuestionSummary.At(bank, i))).ToList();
        var chosen = new List<int>(count);
        foreach (var tier in summaries.GroupBy(s => Tier(s.Summary.Kind, s.Summary.OptionCount)).OrderBy(g => g.Key))
        {
            if (chosen.Count >= count)
            {
                break;
            }

            chosen.AddRange(Proportional([.. tier], count - chosen.Count, random));
        }

        var order = chosen.ToArray();
        random.Shuffle(order);
        return [.. order.Select(i => bank[i])];
    }

    internal static int Tier(Question question) => Tier(question.Kind, question.Options.Count);

    private static int Tier(QuestionKind kind, int optionCount) => kind switch
    {
        QuestionKind.MultipleChoice when optionCount == 4 => 0,
        QuestionKind.MultipleResponse when optionCount >= 4 => 0,
        QuestionKind.MultipleChoice or QuestionKind.MultipleResponse or QuestionKind.NotListed => 1,
        _ => 2,
    };

    private static IEnumerable<int> Proportional(List<(int Position, QuestionSummary Summary)> pool, int seats, Random random)
    {
        if (seats >= pool.Count)
        {
            return pool.Select(p => p.Position);
        }

        var sections = pool.GroupBy(p => p.Summary.SectionName)
            .Select(g => (Name: g.Key, Items: Shuffled(g.Select(p => p.Position), random), Share: (double)seats * g.Count() / pool.Count))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var quotas = sections.Select(s => (int)Math.Floor(s.Share)).ToArray();
        var byRemainder = Enumerable.Range(0, sections.Count)
            .OrderByDescending(i => sections[i].Share - quotas[i]).ThenBy(i => i);
        foreach (var i in byRemainder.Take(seats - quotas.Sum()))
        {
            quotas[i]++;
        }

        return sections.SelectMany((s, i) => s.Items.Take(quotas[i]));
    }

    private static int[] Shuffled(IEnumerable<int> positions, Random random)
    {
        var copy = positions.ToArray();
        random.Shuffle(copy);
        return copy;
    }
}
