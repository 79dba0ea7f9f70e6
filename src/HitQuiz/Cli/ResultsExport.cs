using System.Globalization;
using System.Text;
using System.Text.Json;
using HitQuiz.Sessions;
using static HitQuiz.Cli.CsvOutput;

namespace HitQuiz.Cli;

/// <summary>
/// Every stored answer, one row each: learner, question, section, verdict, when (UTC), response time, what was chosen,
/// session. Streams, so a large database never sits in memory as text.
/// </summary>
internal static class ResultsExport
{
    // How much JSON is held before it is passed on.
    internal const int FlushBytes = 64 * 1024;

    public static readonly string[] Columns =
        ["learner", "question", "section", "verdict", "answered_at_utc", "response_seconds", "chosen", "session"];

    /// <returns>How many answers were written.</returns>
    public static int Csv(IEnumerable<AnswerRecord> answers, CsvHelper.CsvWriter csv)
    {
        Row(csv, [.. Columns]);
        var count = 0;
        foreach (var a in answers)
        {
            Row(csv, a.Learner, a.QuestionId, a.Section, Verdict(a), Time(a.AnsweredAt), Math.Round(a.ResponseTime.TotalSeconds, 3), Chosen(a), a.SessionId);
            count++;
        }

        return count;
    }

    /// <returns>How many answers were written.</returns>
    public static int Json(IEnumerable<AnswerRecord> answers, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        var count = 0;
        foreach (var a in answers)
        {
            count++;
            json.WriteStartObject();
            json.WriteString("learner", a.Learner);
            json.WriteString("question", a.QuestionId);
            json.WriteString("section", a.Section);
            json.WriteString("verdict", Verdict(a));
            json.WriteString("answeredAt", a.AnsweredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteNumber("responseSeconds", Math.Round(a.ResponseTime.TotalSeconds, 3));
            json.WriteStartArray("chosen");
            a.Chosen.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteNumber("session", a.SessionId);
            json.WriteEndObject();
            if (json.BytesPending > FlushBytes)
            {
                json.Flush(); // the writer holds everything written until flushed
            }
        }

        json.WriteEndArray();
        json.Flush();
        output.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
        return count;
    }

    // An exam item left unanswered scored wrong in its exam, but the learner gave no answer to it.
    private static string Verdict(AnswerRecord a) => !a.IsAnswered ? "unanswered" : a.Correct ? "right" : "wrong";

    // "yyyy-MM-dd HH:mm:ss" is read as a date-time by the common spreadsheets; the column name says it is UTC.
    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Chosen(AnswerRecord a) => string.Join("; ", a.Chosen);
}
