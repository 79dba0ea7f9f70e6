namespace HitQuiz.Questions;

/// <summary>
/// What a learner answered: the chosen option indices (0-based) for the choice kinds, the typed text for cloze and
/// numerical, and for matching one index into <see cref="Question.Choices"/> per left item, in the left items' order.
/// </summary>
public sealed record Response(IReadOnlyList<int> Chosen, string? Text = null)
{
    public static Response Choice(params int[] chosen) => new(chosen);

    public static Response Typed(string text) => new([], text);
}
