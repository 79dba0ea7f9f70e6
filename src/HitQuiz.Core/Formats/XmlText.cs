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
        var settings = new XmlWriterSettings { Encoding = Utf8, Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }

        return Utf8.GetString(stream.ToArray()) + "\n";
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
