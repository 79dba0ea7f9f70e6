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
        // Sized once: a bank can hold 100,000 questions, and growing these tables step by step copies them again and again.
        var total = authored.Count + (generated.TryGetNonEnumeratedCount(out var count) ? count : 0);
        var byId = new Dictionary<string, int>(authored.Count, StringComparer.Ordinal);
        for (var i = 0; i < authored.Count; i++)
        {
            byId.TryAdd(authored.IdAt(i), i);
        }

        var bySentence = BySentence(authored);
        var merged = PackedQuestions.Sharing(authored);
        merged.EnsureCapacity(total);
        var used = new HashSet<string>(total, StringComparer.Ordinal);
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
            else if (question.Status != QuestionStatus.Rejected && AskedBy(question, authored, bySentence) is null)
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

    /// <summary>
    /// Each generated question that an authored one asks already (see <see cref="AuthoredOverlap"/>), with the first
    /// such authored question; the merge leaves these out. An authored question with the generated one's id replaces
    /// it instead and is not listed.
    /// </summary>
    public static IReadOnlyList<(Question Generated, Question Authored)> AskedByAuthored(IEnumerable<Question> generated, PackedQuestions authored)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(authored);
        var ids = Enumerable.Range(0, authored.Count).Select(authored.IdAt).ToHashSet(StringComparer.Ordinal);
        var bySentence = BySentence(authored);
        return [.. generated
            .Where(g => !ids.Contains(g.Id))
            .Select(g => (Generated: g, Authored: AskedBy(g, authored, bySentence)))
            .Where(p => p.Authored is not null)
            .Select(p => (p.Generated, p.Authored!))];
    }

    // The positions of the authored questions still asked, by the key of the sentence they cite.
    private static Dictionary<int, List<int>> BySentence(PackedQuestions authored)
    {
        var bySentence = new Dictionary<int, List<int>>();
        for (var i = 0; i < authored.Count; i++)
        {
            if (authored.EvidenceKeyAt(i) is var key and not 0 && authored.StatusAt(i) != QuestionStatus.Rejected)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(bySentence, key, out _) ??= []).Add(i);
            }
        }

        return bySentence;
    }

    // Only the authored questions citing a sentence with the same key are unpacked and compared.
    private static Question? AskedBy(Question generated, PackedQuestions authored, Dictionary<int, List<int>> bySentence) =>
        bySentence.TryGetValue(EvidenceKey.Of(generated), out var positions)
            ? positions.Select(i => authored[i]).FirstOrDefault(a => AuthoredOverlap.AsksTheSame(generated, a))
            : null;

    private static void AddUnlessRejected(PackedQuestions merged, PackedQuestions authored, int position)
    {
        if (authored.StatusAt(position) != QuestionStatus.Rejected)
        {
            merged.AddFrom(authored, position);
        }
    }
}
