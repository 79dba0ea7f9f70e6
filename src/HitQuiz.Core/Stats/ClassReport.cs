namespace HitQuiz.Stats;

/// <summary>The instructor's report across learners: per question, per learner and per section.</summary>
public sealed record ClassReport(IReadOnlyList<ItemStatistics> Items, IReadOnlyList<LearnerSummary> Learners, IReadOnlyList<SectionSummary> Sections)
{
    /// <summary>How many questions the bank holds; null when the report was made without one.</summary>
    public int? BankQuestions { get; init; }

    /// <summary>
    /// How many questions mastery is counted out of: the bank's and any other question answered in the report, or
    /// without a bank only the questions answered.
    /// </summary>
    public int MasteryItems => Sections.Sum(s => s.Items);

    /// <param name="bankSections">Question id → section of the bank, if known; answered items are always included.</param>
    public static ClassReport Of(IReadOnlyList<LearnerItems> learners, IReadOnlyDictionary<string, string>? bankSections = null, int minimumLearners = ItemAnalysis.MinimumLearners)
    {
        var universe = new Dictionary<string, string>(bankSections ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var item in learners.SelectMany(l => l.Items))
        {
            universe.TryAdd(item.QuestionId, item.Section);
        }

        var sizes = LearnerStatistics.SectionSizes(universe);
        var mastery = learners.Select(l => (l, Sections: LearnerStatistics.Mastery(l.Items, universe, sizes))).ToList();
        var summaries = mastery
            .Select(m => new LearnerSummary(m.l.Learner, m.l.Answered, m.l.Correct, universe.Count, m.Sections.Sum(s => s.Mastered)))
            .OrderBy(s => s.Learner, StringComparer.Ordinal)
            .ToList();
        var sections = universe.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(name => new SectionSummary(
                name,
                sizes[name],
                mastery.Count == 0 ? 0 : mastery.Average(m => m.Sections.First(s => s.Section == name).Percent)))
            .ToList();
        return new ClassReport(ItemAnalysis.Analyse(learners, minimumLearners), summaries, sections) { BankQuestions = bankSections?.Count };
    }
}
