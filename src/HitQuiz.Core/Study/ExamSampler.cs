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
        // Seats are dealt over positions, by what is known of each item without reading it, so a bank held packed is
        // read only for the items chosen.
        var index = BankIndex.Of(bank);
        List<int>[] tiers = [[], [], []];
        for (var i = 0; i < bank.Count; i++)
        {
            var summary = QuestionSummary.At(bank, i);
            tiers[Tier(summary.Kind, summary.OptionCount)].Add(i);
        }

        var chosen = new List<int>(count);
        foreach (var tier in tiers.Where(t => t.Count > 0))
        {
            if (chosen.Count >= count)
            {
                break;
            }

            chosen.AddRange(Proportional(tier, count - chosen.Count, index, random));
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

    private static IEnumerable<int> Proportional(List<int> pool, int seats, BankIndex index, Random random)
    {
        if (seats >= pool.Count)
        {
            return pool;
        }

        var sections = pool.GroupBy(index.SectionNumberAt)
            .Select(g => (Name: index.Sections[g.Key].Key, Items: Shuffled(g, random), Share: (double)seats * g.Count() / pool.Count))
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
