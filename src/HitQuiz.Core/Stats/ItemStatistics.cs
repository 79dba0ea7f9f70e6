namespace HitQuiz.Stats;

/// <summary>
/// Item analysis of one question across learners (Moodle's quiz statistics). <see cref="Facility"/>,
/// <see cref="Discrimination"/> and <see cref="Efficiency"/> are percentages; the facility is null when no learner
/// answered the question (it was only left unanswered), the other two when undefined.
/// </summary>
public sealed record ItemStatistics(
    string QuestionId,
    string Section,
    int Learners,
    int Answers,
    double? Facility,
    double? Discrimination,
    double? Efficiency,
    ItemQuality Quality)
{
    /// <summary>How many times learners left the item unanswered in an exam (omissions are not attempts).</summary>
    public int Omitted { get; init; }

    public string Note => Quality switch
    {
        ItemQuality.TooFewAttempts => $"too few attempts ({Learners} of {ItemAnalysis.MinimumLearners})",
        ItemQuality.Undefined when Facility >= 100 => "undefined: every learner right",
        ItemQuality.Undefined when Facility <= 0 => "undefined: every learner wrong",
        ItemQuality.Undefined => "undefined: rest scores all equal",
        ItemQuality.Dubious => Discrimination < 0 ? "dubious: negative discrimination" : "dubious: low efficiency",
        _ => "",
    };
}
