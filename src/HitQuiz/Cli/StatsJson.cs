using System.Globalization;
using System.Text;
using System.Text.Json;
using HitQuiz.Stats;

namespace HitQuiz.Cli;

/// <summary>A learner's statistics as JSON, written by hand (no reflection: the app is published with Native AOT).</summary>
internal static class StatsJson
{
    public static string Write(string learner, LearnerStats stats)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("learner", learner);
            json.WriteString("today", Day(stats.Today));
            json.WriteNumber("answered", stats.Answered);
            json.WriteNumber("correct", stats.Correct);
            Number(json, "accuracy", stats.Accuracy);
            Number(json, "readiness", stats.MasteredPercent);
            json.WriteStartObject("streak");
            json.WriteNumber("current", stats.Streak.Current);
            json.WriteNumber("longest", stats.Streak.Longest);
            json.WriteEndObject();
            Days(json, "daily", stats.Daily);
            Days(json, "calendar", stats.Calendar);
            Sections(json, stats.Sections);
            Forecast(json, stats);
            Weakest(json, stats.Weakest);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v)
        {
            json.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Days(Utf8JsonWriter json, string name, IReadOnlyList<DayCount> days)
    {
        json.WriteStartArray(name);
        foreach (var d in days)
        {
            json.WriteStartObject();
            json.WriteString("day", Day(d.Day));
            json.WriteNumber("answered", d.Answered);
            json.WriteNumber("correct", d.Correct);
            Number(json, "accuracy", d.Accuracy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Sections(Utf8JsonWriter json, IReadOnlyList<SectionMastery> sections)
    {
        json.WriteStartArray("sections");
        foreach (var s in sections)
        {
            json.WriteStartObject();
            json.WriteString("section", s.Section);
            json.WriteNumber("items", s.Items);
            json.WriteNumber("seen", s.Seen);
            json.WriteNumber("mastered", s.Mastered);
            Number(json, "mastery", s.Percent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Forecast(Utf8JsonWriter json, LearnerStats stats)
    {
        json.WriteStartObject("forecast");
        json.WriteNumber("overdue", stats.Overdue);
        json.WriteStartArray("days");
        foreach (var d in stats.Forecast)
        {
            json.WriteStartObject();
            json.WriteString("day", Day(d.Day));
            json.WriteNumber("due", d.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Weakest(Utf8JsonWriter json, IReadOnlyList<ItemRecord> items)
    {
        json.WriteStartArray("weakest");
        foreach (var i in items)
        {
            json.WriteStartObject();
            json.WriteString("question", i.QuestionId);
            json.WriteString("section", i.Section);
            json.WriteNumber("attempts", i.Attempts);
            json.WriteNumber("correct", i.Correct);
            Number(json, "accuracy", 100 * i.Accuracy);
            json.WriteBoolean("lastCorrect", i.LastCorrect);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
