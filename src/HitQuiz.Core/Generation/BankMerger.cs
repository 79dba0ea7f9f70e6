using System.Runtime.InteropServices;
using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Merges generated questions with authored ones at run time: an authored question with a generated question's id
/// replaces it (an instructor's edit wins), and an authored <see cref="QuestionStatus.Rejected"/> removes it.
/// A generated question that asks what an authored one asks (see <see cref="AuthoredOverlap"/>) is left out, so that a
/// learner is not asked one fact twice. Authored questions with new ids are kept; order is generated first, then the
/// new authored ones.
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

        var bySentence = new Dictionary<int, List<int>>();
        for (var i = 0; i < authored.Count; i++)
        {
            if (authored.EvidenceKeyAt(i) is var key and not 0 && authored.StatusAt(i) != QuestionStatus.Rejected)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(bySentence, key, out _) ??= []).Add(i);
            }
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
            else if (question.Status != QuestionStatus.Rejected && !AskedByAuthored(question, authored, bySentence))
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

    // Only the authored questions citing a sentence with the same key are unpacked and compared.
    private static bool AskedByAuthored(Question generated, PackedQuestions authored, Dictionary<int, List<int>> bySentence) =>
        bySentence.TryGetValue(EvidenceKey.Of(generated), out var positions)
        && positions.Exists(i => AuthoredOverlap.AsksTheSame(generated, authored[i]));

    private static void AddUnlessRejected(PackedQuestions merged, PackedQuestions authored, int position)
    {
        if (authored.StatusAt(position) != QuestionStatus.Rejected)
        {
            merged.AddFrom(authored, position);
        }
    }
}
