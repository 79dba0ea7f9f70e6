namespace HitQuiz.Generation;

/// <summary>One place where the source states a value for an attribute.</summary>
internal sealed record Observation(string Text, Evidence Evidence, Quantity? Quantity);
