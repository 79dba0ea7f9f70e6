namespace HitQuiz.Study;

/// <summary>
/// An estimate of the score the learner would get at <see cref="At"/>: the mean predicted recall over the bank
/// (0 to 1), with items never reviewed counted at <see cref="UnseenPrior"/>. It is a model's estimate, not a
/// scaled exam score; front ends label it so.
/// </summary>
public sealed record ReadinessEstimate(
    DateTimeOffset At,
    double Score,
    IReadOnlyList<SectionReadiness> Sections,
    int Seen,
    int Unseen,
    double UnseenPrior);
