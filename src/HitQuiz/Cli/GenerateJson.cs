using System.Text.Encodings.Web;
using System.Text.Json;
using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Cli;

/// <summary>
/// The JSON tools read from <c>hitquiz generate --format json</c>, written by hand (the app is published with Native
/// AOT, so no reflection-based serializer). The shape is a contract: change it only with the tools that read it.
/// </summary>
internal static class GenerateJson
{
    public static void Write(TextWriter output, string source, GenerationResult result)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteStartArray("questions");
            foreach (var item in result.Questions)
            {
                WriteQuestion(json, item);
            }

            json.WriteEndArray();
            json.WriteStartArray("conflicts");
            foreach (var conflict in result.Conflicts)
            {
                WriteConflict(json, conflict);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteQuestion(Utf8JsonWriter json, GeneratedQuestion item)
    {
        var q = item.Question;
        json.WriteStartObject();
        json.WriteString("id", q.Id);
        json.WriteString("kind", q.Kind.Name());
        json.WriteString("stem", q.Stem);
        WriteStrings(json, "options", q.Options);
        WriteStrings(json, "answers", q.Answers);
        json.WriteString("section", q.Source?.Section ?? "");
        json.WriteStartArray("lines");
        json.WriteNumberValue(item.FirstLine);
        json.WriteNumberValue(item.LastLine);
        json.WriteEndArray();
        json.WriteString("evidence", q.Source?.Evidence ?? "");
        json.WriteEndObject();
    }

    private static void WriteConflict(Utf8JsonWriter json, Conflict conflict)
    {
        json.WriteStartObject();
        json.WriteString("attribute", conflict.Attribute);
        json.WriteStartArray("values");
        foreach (var value in conflict.Values)
        {
            json.WriteStartObject();
            json.WriteString("text", value.Text);
            json.WriteNumber("line", value.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
