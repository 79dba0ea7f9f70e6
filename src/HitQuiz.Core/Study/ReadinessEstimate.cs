namespace HitQuiz.Study;

/// <summary>
/// An estimate of the score the learner would get at <see cref="At"/>, 0 to 1: the mean over the bank of each studied
/// item's predicted recall plus a guess at the rest, with items never reviewed counted at <see cref="UnseenPrior"/>. It is a model's estimate, not a
/// scaled exam score; front ends label it so.
/// </summary>
public sealed record ReadinessEstimate(
    DateTimeOffset At,
    double Score,
    IReadOnlyList<SectionReadiness> Sections,
    int Seen,
    int Unseen,
    double UnseenPrior)
{
    /// <summary>
    /// The sections the learner has started (at least one item reviewed) with the lowest estimates, lowest first, ties
    /// by name. A section not started is estimated at the prior, which says where nothing was studied, not where the
    /// learner is weak; <see cref="NotStarted"/> counts those.
    /// </summary>
    public IReadOnlyList<SectionReadiness> WeakestStarted(int count) =>
        [.. Sections.Where(s => s.Seen > 0).OrderBy(s => s.Score).ThenBy(s => s.Section, StringComparer.Ordinal).Take(count)];

    /// <summary>How many sections have no item reviewed yet.</summary>
    public int NotStarted => Sections.Count(s => s.Seen == 0);
}
