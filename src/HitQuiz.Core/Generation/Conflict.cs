namespace HitQuiz.Generation;

/// <summary>An attribute the source states with incompatible values; no question may depend on it.</summary>
public sealed record Conflict(string Attribute, IReadOnlyList<ConflictValue> Values);
