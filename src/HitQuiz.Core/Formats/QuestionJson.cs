using System.Buffers;
using System.Text;
using System.Text.Json;

namespace HitQuiz.Formats;

/// <summary>
/// The common JSON shape of a set of questions, written by hand with <see cref="Utf8JsonWriter"/> (no reflection):
/// <c>{"source", "questions": [{"id", "kind", "stem", "options", "answers", "section", "lines": [first, last],
/// "evidence"}], "conflicts": []}</c>. Matching questions add "choices".
/// </summary>
public static class QuestionJson
{
    public static string Write(string source, IEnumerable<ImportedQuestion> items, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteStartArray("questions");
            foreach (var item in items)
            {
                WriteQuestion(json, item);
            }

            json.WriteEndArray();
            json.WriteStartArray("conflicts");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteQuestion(Utf8JsonWriter json, ImportedQuestion item)
    {
        var q = item.Question;
        json.WriteStartObject();
        json.WriteString("id", q.Id);
        json.WriteString("kind", Questions.QuestionKinds.Name(q.Kind));
        json.WriteString("stem", q.Stem);
        Strings(json, "options", q.Options);
        Strings(json, "answers", q.Answers);
        if (q.Kind == Questions.QuestionKind.Matching)
        {
            Strings(json, "choices", q.Choices);
        }

        json.WriteString("section", q.SectionName);
        json.WriteStartArray("lines");
        json.WriteNumberValue(item.FirstLine);
        json.WriteNumberValue(item.LastLine);
        json.WriteEndArray();
        if (q.Source?.Evidence is { } evidence)
        {
            json.WriteString("evidence", evidence);
        }
        else
        {
            json.WriteNull("evidence");
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
