using System.Text;

namespace HitQuiz.Questions;

/// <summary>
/// A compact binary form of a list of questions, exact for every field a generated question has (not
/// <see cref="Question.Origin"/>, which only questions read from a file carry). The cache of generated banks uses it:
/// reading it back is much cheaper than generating again. <see cref="Read"/> throws
/// <see cref="InvalidDataException"/> for anything it did not write.
/// </summary>
public static class QuestionCodec
{
    private const int Magic = 0x51544948; // "HITQ"
    private const int FormatVersion = 1;

    public static void Write(Stream stream, IReadOnlyList<Question> questions)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(questions.Count);
        foreach (var question in questions)
        {
            writer.Write(question.Id);
            writer.Write((byte)question.Kind);
            writer.Write((byte)question.Status);
            writer.Write(question.Stem);
            WriteList(writer, question.Options);
            WriteList(writer, question.Answers);
            WriteList(writer, question.Choices);
            WriteOptional(writer, question.Topic);
            WriteOptional(writer, question.Explanation);
            writer.Write(question.Source is not null);
            if (question.Source is SourceReference source)
            {
                writer.Write(source.Document);
                writer.Write(source.Section);
                writer.Write(source.Line ?? -1);
                WriteOptional(writer, source.Evidence);
            }
        }
    }

    public static List<Question> Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("not a question list of this version");
            }

            var count = reader.ReadInt32();
            var questions = new List<Question>(Math.Clamp(count, 0, 100_000));
            for (var i = 0; i < count; i++)
            {
                questions.Add(ReadQuestion(reader));
            }

            return questions;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the question list is cut short", e);
        }
    }

    private static Question ReadQuestion(BinaryReader reader)
    {
        var id = reader.ReadString();
        var kind = Defined((QuestionKind)reader.ReadByte());
        var status = Defined((QuestionStatus)reader.ReadByte());
        var stem = reader.ReadString();
        var options = ReadList(reader);
        var answers = ReadList(reader);
        var choices = ReadList(reader);
        var topic = ReadOptional(reader);
        var explanation = ReadOptional(reader);
        SourceReference? source = null;
        if (reader.ReadBoolean())
        {
            var document = reader.ReadString();
            var section = reader.ReadString();
            var line = reader.ReadInt32();
            source = new SourceReference(document, section, line < 0 ? null : line, ReadOptional(reader));
        }

        return new Question(id, kind, stem, options, answers)
        {
            Choices = choices,
            Topic = topic,
            Explanation = explanation,
            Status = status,
            Source = source,
        };
    }

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new InvalidDataException($"unknown {typeof(T).Name} {value}");

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            writer.Write(item);
        }
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > 10_000)
        {
            throw new InvalidDataException($"a list of {count} items");
        }

        var items = new string[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = reader.ReadString();
        }

        return items;
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
