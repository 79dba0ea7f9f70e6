using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Merges generated questions with authored ones at run time: an authored question with a generated question's id
/// replaces it (an instructor's edit wins), and an authored <see cref="QuestionStatus.Rejected"/> removes it.
/// Authored questions with new ids are kept; order is generated first, then the new authored ones.
/// </summary>
public static class BankMerger
{
    public static IReadOnlyList<Question> Merge(IEnumerable<Question> generated, IEnumerable<Question> authored) =>
        MergePacked(generated, authored as PackedQuestions ?? PackedQuestions.Of(authored)).Questions;

    /// <summary>
    /// The merged bank, packed in the pages of <paramref name="authored"/> (its questions are not unpacked), and how
    /// many of its questions are generated ones left as they were.
    /// </summary>
    public static (PackedQuestions Questions, int GeneratedCount) MergePacked(IEnumerable<Question> generated, PackedQuestions authored)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(authored);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < authored.Count; i++)
        {
            byId.TryAdd(authored.IdAt(i), i);
        }

        var merged = PackedQuestions.Sharing(authored);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var generatedCount = 0;
        foreach (var question in generated)
        {
            if (!used.Add(question.Id))
            {
                continue;
            }

            if (byId.TryGetValue(question.Id, out var edited))
            {
                AddUnlessRejected(merged, authored, edited);
            }
            else if (question.Status != QuestionStatus.Rejected)
            {
                merged.Add(question);
                generatedCount++;
            }
        }

        for (var i = 0; i < authored.Count; i++)
        {
            if (used.Add(authored.IdAt(i)))
            {
                AddUnlessRejected(merged, authored, i);
            }
        }

        return (merged, generatedCount);
    }

    private static void AddUnlessRejected(PackedQuestions merged, PackedQuestions authored, int position)
    {
        if (authored.StatusAt(position) != QuestionStatus.Rejected)
        {
            merged.AddFrom(authored, position);
        }
    }
}
