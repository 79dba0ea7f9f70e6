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
        var chosen = new List<Question>(count);
        foreach (var tier in bank.GroupBy(Tier).OrderBy(g => g.Key))
        {
            if (chosen.Count >= count)
            {
                break;
            }

            chosen.AddRange(Proportional([.. tier], count - chosen.Count, random));
        }

        var order = chosen.ToArray();
        random.Shuffle(order);
        return [.. order];
    }

    internal static int Tier(Question question) => question.Kind switch
    {
        QuestionKind.MultipleChoice when question.Options.Count == 4 => 0,
        QuestionKind.MultipleResponse when question.Options.Count >= 4 => 0,
        QuestionKind.MultipleChoice or QuestionKind.MultipleResponse or QuestionKind.NotListed => 1,
        _ => 2,
    };

    private static IEnumerable<Question> Proportional(List<Question> pool, int seats, Random random)
    {
        if (seats >= pool.Count)
        {
            return pool;
        }

        var sections = pool.GroupBy(q => q.SectionName)
            .Select(g => (Items: SectionInterleave.Shuffled(g, random), Share: (double)seats * g.Count() / pool.Count))
            .OrderBy(s => s.Items[0].SectionName, StringComparer.Ordinal)
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
}
