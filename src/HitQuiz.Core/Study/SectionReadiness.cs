namespace HitQuiz.Study;

/// <summary>The estimated score of one section: mean predicted recall over its items (0 to 1).</summary>
public sealed record SectionReadiness(string Section, int Items, int Seen, double Score);
