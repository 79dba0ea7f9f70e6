using System.Xml;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Writes questions as an IMS QTI 2.1 content package: <c>imsmanifest.xml</c> listing one
/// <c>items/ID.xml</c> assessment item per question. The explanation and source reference are the item's
/// modal feedback. The caller zips the files.
/// </summary>
public static class QtiWriter
{
    public const string Namespace = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    private const string PackageNamespace = "http://www.imsglobal.org/xsd/imscp_v1p1";

    public static IReadOnlyList<PackageFile> Write(IEnumerable<Question> questions) => [.. Entries(questions).Select(e => e.ToFile())];

    /// <summary>The package's files, the manifest first, each written only when its turn comes.</summary>
    public static IEnumerable<PackageEntry> Entries(IEnumerable<Question> questions)
    {
        var list = questions as IReadOnlyList<Question> ?? [.. questions];
        var paths = list.Select(PathOf).ToList();
        yield return new PackageEntry("imsmanifest.xml", output => XmlText.Write(output, writer => Manifest(writer, paths)));
        foreach (var question in list)
        {
            yield return new PackageEntry(PathOf(question), output => XmlText.Write(output, w => QtiItem.Write(w, question)));
        }
    }

    private static string PathOf(Question question) => $"items/{question.Id}.xml";

    private static void Manifest(XmlWriter writer, List<string> items)
    {
        writer.WriteStartElement("manifest", PackageNamespace);
        writer.WriteAttributeString("identifier", "hitquiz-export");
        writer.WriteStartElement("metadata", PackageNamespace);
        writer.WriteElementString("schema", PackageNamespace, "QTIv2.1 Package");
        writer.WriteElementString("schemaversion", PackageNamespace, "1.0.0");
        writer.WriteEndElement();
        writer.WriteElementString("organizations", PackageNamespace, "");
        writer.WriteStartElement("resources", PackageNamespace);
        foreach (var item in items)
        {
            writer.WriteStartElement("resource", PackageNamespace);
            writer.WriteAttributeString("identifier", "RES-" + Path.GetFileNameWithoutExtension(item));
            writer.WriteAttributeString("type", "imsqti_item_xmlv2p1");
            writer.WriteAttributeString("href", item);
            writer.WriteStartElement("file", PackageNamespace);
            writer.WriteAttributeString("href", item);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    internal static void Element(XmlWriter writer, string name, params (string Name, string Value)[] attributes) =>
        XmlText.Start(writer, Namespace, name, attributes);
}
