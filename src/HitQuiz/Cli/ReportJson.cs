using System.Text.Json;
using HitQuiz.Stats;
using static HitQuiz.Cli.StatsJson;

namespace HitQuiz.Cli;

/// <summary>The instructor's report as JSON, written by hand for Native AOT.</summary>
internal static class ReportJson
{
    public static string Write(IReadOnlyList<string> databases, string? bank, ClassReport report)
    {
        using var text = new StringWriter();
        Write(databases, bank, report, text);
        return text.ToString();
    }

    /// <summary>Writes the report a piece at a time: over a large bank it is tens of megabytes of JSON.</summary>
    /// <param name="bank">The questions folder mastery was counted against, or null when there was none.</param>
    public static void Write(IReadOnlyList<string> databases, string? bank, ClassReport report, TextWriter output)
    {
        using (var stream = new Utf8TextStream(output))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("databases");
            databases.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteNumber("minimumLearners", ItemAnalysis.MinimumLearners);
            Bank(json, bank, report.BankQuestions);
            Questions(json, report.Items);
            Learners(json, report.Learners);
            json.WriteStartArray("sections");
            foreach (var s in report.Sections)
            {
                json.WriteStartObject();
                json.WriteString("section", s.Section);
                json.WriteNumber("items", s.Items);
                Number(json, "meanMastery", s.MeanMastery);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Environment.NewLine);
    }

    private static void Questions(Utf8JsonWriter json, IReadOnlyList<ItemStatistics> items)
    {
        json.WriteStartArray("questions");
        foreach (var i in items)
        {
            json.WriteStartObject();
            json.WriteString("question", i.QuestionId);
            json.WriteString("section", i.Section);
            json.WriteNumber("learners", i.Learners);
            json.WriteNumber("answers", i.Answers);
            json.WriteNumber("omitted", i.Omitted);
            Number(json, "facility", i.Facility);
            Number(json, "discrimination", i.Discrimination);
            Number(json, "efficiency", i.Efficiency);
            json.WriteString("quality", ReportCsv.Quality(i.Quality));
            json.WriteString("note", i.Note);
            json.WriteEndObject();
            FlushSometimes(json);
        }

        json.WriteEndArray();
    }

    private static void Learners(Utf8JsonWriter json, IReadOnlyList<LearnerSummary> learners)
    {
        json.WriteStartArray("learners");
        foreach (var l in learners)
        {
            json.WriteStartObject();
            json.WriteString("learner", l.Learner);
            json.WriteNumber("answered", l.Answered);
            json.WriteNumber("correct", l.Correct);
            Number(json, "accuracy", l.Accuracy);
            Number(json, "readiness", l.MasteredPercent);
            json.WriteNumber("items", l.Items);
            json.WriteEndObject();
            FlushSometimes(json);
        }

        json.WriteEndArray();
    }

    // Null when no bank was found: readiness is then a share of the questions answered only.
    private static void Bank(Utf8JsonWriter json, string? bank, int? questions)
    {
        if (bank is null || questions is not int count)
        {
            json.WriteNull("bank");
            return;
        }

        json.WriteStartObject("bank");
        json.WriteString("folder", bank);
        json.WriteNumber("questions", count);
        json.WriteEndObject();
    }

    private static void FlushSometimes(Utf8JsonWriter json)
    {
        if (json.BytesPending > ResultsExport.FlushBytes)
        {
            json.Flush();
        }
    }
}
