using System.Globalization;
using System.Text;
using HitQuiz.Stats;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>The instructor's report as aligned text tables.</summary>
internal static class ReportText
{
    /// <param name="bank">The questions folder as shown to the user, or null when there was none.</param>
    public static string Write(IReadOnlyList<string> databases, ClassReport report, string? bank)
    {
        var text = new StringBuilder();
        text.AppendLine($"HitQuiz report · {Count(databases.Count, "database")} · {Count(report.Learners.Count, "learner")} · {Count(report.Items.Count, "question")}");
        text.AppendLine($"Item analysis needs at least {ItemAnalysis.MinimumLearners} learners per question; dubious = discrimination < 0 or efficiency < {ItemAnalysis.DubiousEfficiency:0}%.");
        text.AppendLine("Omitted: times the question was left unanswered in a submitted exam (not counted as an answer).");
        text.AppendLine(MasteredNote(report.MasteryItems, report.BankQuestions, bank));
        Questions(text, report.Items);
        Learners(text, report.Learners);
        Sections(text, report.Sections);
        return text.ToString();
    }

    private static void Questions(StringBuilder text, IReadOnlyList<ItemStatistics> items)
    {
        text.AppendLine().AppendLine("Questions");
        text.AppendLine($"  {"Question",-14} {"Section",-24} {"Learners",8} {"Answers",7} {"Omitted",7} {"Facility",8} {"Discrim",8} {"Effic",7}  Note");
        // A line per question, written into the text as it is made (a report over a large bank has 100,000 of them),
        // without the spaces it would end with.
        foreach (var i in items)
        {
            var start = text.Length;
            text.Append($"  {TextBars.Fit(i.QuestionId, 14)} {TextBars.Fit(i.Section, 24)} {i.Learners,8} {i.Answers,7} {i.Omitted,7} ");

            // Figures from too few learners are noise: the note says so instead.
            if (i.Quality == ItemQuality.TooFewAttempts)
            {
                text.Append(' ', 8 + 1 + 8 + 1 + 7);
            }
            else
            {
                text.Append($"{i.Facility,7:0.0}% {Signed(i.Discrimination),8} {Percent(i.Efficiency),7}");
            }

            text.Append("  ").Append(i.Note);
            var end = text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            text.Length = end;
            text.AppendLine();
        }
    }

    private static void Learners(StringBuilder text, IReadOnlyList<LearnerSummary> learners)
    {
        text.AppendLine().AppendLine("Learners");
        text.AppendLine($"  {"Learner",-24} {"Answered",8} {"Accuracy",8} {"Mastered",9}");
        foreach (var l in learners)
        {
            text.AppendLine($"  {TextBars.Fit(LearnerName.Shown(l.Learner), 24)} {l.Answered,8} {Percent(l.Accuracy),8} {l.MasteredPercent,8:0.0}%");
        }
    }

    private static void Sections(StringBuilder text, IReadOnlyList<SectionSummary> sections)
    {
        text.AppendLine().AppendLine("Sections");
        text.AppendLine($"  {"Section",-32} {"Items",5} {"Mean mastery",12}");
        foreach (var s in sections)
        {
            text.AppendLine($"  {TextBars.Fit(s.Section, 32)} {s.Items,5} {s.MeanMastery,11:0.0}%");
        }
    }

    // What the Mastered share is out of: a percentage of the questions answered alone would read as far more of the bank.
    private static string MasteredNote(int items, int? bankQuestions, string? bank) => bankQuestions switch
    {
        null => $"Mastered: share of the {Count(items, "question")} answered in this report whose latest answer is right; no question bank was found, so questions nobody answered are not counted (name the bank with --questions DIR).",
        0 => $"Mastered: share of the {Count(items, "question")} answered in this report whose latest answer is right; the bank ({bank}) has no questions.",
        int b when b == items => $"Mastered: share of the {Count(items, "question")} in the bank ({bank}) whose latest answer is right; a question never answered is not mastered.",
        int b => $"Mastered: share of {items} questions whose latest answer is right: the {b} in the bank ({bank}) and {items - b} answered that {(items - b == 1 ? "is" : "are")} not in it.",
    };

    private static string Signed(double? value) => value is double v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "n/a";

    private static string Percent(double? value) => value is double v ? $"{v:0.0}%" : "n/a";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
