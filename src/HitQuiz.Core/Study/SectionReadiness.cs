namespace HitQuiz.Study;

/// <summary>The estimated score of one section: the mean expected score of its items, recalled or guessed (0 to 1).</summary>
public sealed record SectionReadiness(string Section, int Items, int Seen, double Score);
