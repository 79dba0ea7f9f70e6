using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Merges generated questions with authored ones at run time: an authored question with a generated question's id
/// replaces it (an instructor's edit wins), and an authored <see cref="QuestionStatus.Rejected"/> removes it.
/// Authored questions with new ids are kept; order is generated first, then the new authored ones.
/// </summary>
public static class BankMerger
{
    public static IReadOnlyList<Question> Merge(IEnumerable<Question> generated, IEnumerable<Question> authored)
    {
        var authoredList = authored.ToList();
        var byId = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in authoredList)
        {
            byId.TryAdd(question.Id, question);
        }

        var merged = new List<Question>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in generated)
        {
            if (!used.Add(question.Id))
            {
                continue;
            }

            var chosen = byId.GetValueOrDefault(question.Id) ?? question;
            if (chosen.Status != QuestionStatus.Rejected)
            {
                merged.Add(chosen);
            }
        }

        merged.AddRange(authoredList.Where(q => used.Add(q.Id) && q.Status != QuestionStatus.Rejected));
        return merged;
    }
}
