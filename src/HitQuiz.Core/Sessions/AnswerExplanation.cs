namespace HitQuiz.Sessions;

/// <summary>What is shown after an answer: the explanation, and the source section with its evidence.</summary>
public sealed record AnswerExplanation(string? Why, SourcePassage? Passage);
