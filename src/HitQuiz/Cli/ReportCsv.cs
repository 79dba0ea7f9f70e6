using HitQuiz.Stats;
using static HitQuiz.Cli.CsvOutput;

namespace HitQuiz.Cli;

/// <summary>
/// The instructor's report as one CSV table a spreadsheet can filter: the <c>record</c> column says whether a row is
/// a question, a learner or a section; columns that do not apply to a row are empty.
/// </summary>
internal static class ReportCsv
{
    public static string Write(ClassReport report)
    {
        return Text(csv =>
        {
            Row(csv, "record", "name", "section", "learners", "answers", "facility", "discrimination", "efficiency", "quality", "note",
                "accuracy", "readiness", "items", "mean_mastery", "omitted");
            foreach (var i in report.Items)
            {
                Row(csv, "question", i.QuestionId, i.Section, i.Learners, i.Answers, i.Facility, i.Discrimination, i.Efficiency, Quality(i.Quality), i.Note, null, null, null, null, i.Omitted);
            }

            foreach (var l in report.Learners)
            {
                Row(csv, "learner", l.Learner, null, null, l.Answered, null, null, null, null, null, l.Accuracy, l.MasteredPercent, l.Items, null, null);
            }

            foreach (var s in report.Sections)
            {
                Row(csv, "section", s.Section, s.Section, null, null, null, null, null, null, null, null, null, s.Items, s.MeanMastery, null);
            }
        });
    }

    public static string Quality(ItemQuality quality) => quality switch
    {
        ItemQuality.TooFewAttempts => "too-few-attempts",
        ItemQuality.Undefined => "undefined",
        ItemQuality.Dubious => "dubious",
        _ => "ok",
    };
}
