using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>The questions generated from one document and the conflicts found in it.</summary>
public sealed record GenerationResult(IReadOnlyList<GeneratedQuestion> Questions, IReadOnlyList<Conflict> Conflicts)
{
    /// <summary>How many questions of each kind, in <see cref="QuestionKind"/> order, zero counts included.</summary>
    public IReadOnlyDictionary<QuestionKind, int> CountsByKind =>
        Enum.GetValues<QuestionKind>().ToDictionary(k => k, k => Questions.Count(q => q.Question.Kind == k));
}
