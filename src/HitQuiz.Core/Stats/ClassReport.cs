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
        var counted = MasterySections.Of([.. learners.Select(l => l.Items)], bankSections);
        var mastery = learners.Select((l, n) => (l, Sections: counted.MasteryOf(n))).ToList();
        var summaries = mastery
            .Select(m => new LearnerSummary(m.l.Learner, m.l.Answered, m.l.Correct, counted.Questions, m.Sections.Sum(s => s.Mastered)))
            .OrderBy(s => s.Learner, StringComparer.Ordinal)
            .ToList();
        // Each learner's sections are in the order of their names, as the sections here.
        var sections = counted.Order
            .Select((section, at) => new SectionSummary(
                counted.Name(section),
                counted.Size(section),
                mastery.Count == 0 ? 0 : mastery.Average(m => m.Sections[at].Percent)))
            .ToList();
        return new ClassReport(ItemAnalysis.Analyse(learners, minimumLearners), summaries, sections) { BankQuestions = bankSections?.Count };
    }
}
