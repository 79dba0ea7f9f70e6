using System.Text;
using System.Xml;

namespace HitQuiz.Formats;

/// <summary>Writes XML documents as UTF-8 text with System.Xml, which escapes every special character.</summary>
internal static class XmlText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        Write(stream, write);
        return Utf8.GetString(stream.ToArray());
    }

    /// <summary>Writes the document to the stream as UTF-8 (without a byte order mark), ending with a newline.</summary>
    public static void Write(Stream output, Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings { Encoding = Utf8, Indent = true, IndentChars = "  ", NewLineChars = "\n", CloseOutput = false };
        using (var writer = XmlWriter.Create(output, settings))
        {
            write(writer);
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes the document to a text writer as <see cref="Write(Stream, Action{XmlWriter})"/> writes it to a stream,
    /// declared UTF-8 whatever the writer's own encoding (the text is the same as the stream's, decoded).
    /// </summary>
    public static void Write(TextWriter output, Action<XmlWriter> write)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true, CloseOutput = false };
        using (var writer = XmlWriter.Create(output, settings))
        {
            write(writer);
        }

        output.Write('\n');
    }

    /// <summary>Starts an element of the namespace with its attributes (the caller ends it).</summary>
    public static void Start(XmlWriter writer, string ns, string name, (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(name, ns);
        foreach (var (key, value) in attributes)
        {
            writer.WriteAttributeString(key, value);
        }
    }
}
