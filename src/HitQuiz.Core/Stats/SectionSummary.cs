namespace HitQuiz.Stats;

/// <summary>One section in the instructor's report: the mean of the learners' mastery of it (see <see cref="SectionMastery"/>).</summary>
public sealed record SectionSummary(string Section, int Items, double MeanMastery);
