namespace HitQuiz.Stats;

/// <summary>How many items fall due on one local day.</summary>
public sealed record DueDay(DateOnly Day, int Count);
