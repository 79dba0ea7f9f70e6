using System.IO.Compression;
using HitQuiz.Formats;

namespace HitQuiz.Loading;

/// <summary>
/// Reads the QTI 1.2 assessments of a zip package, as Canvas, Blackboard and D2L export a quiz or a question bank:
/// every XML file in it whose root is <c>&lt;questestinterop&gt;</c>, decoded as <see cref="ImportFileReader"/> does.
/// </summary>
internal static class QtiPackageReader
{
    // Far above any quiz. An entry that unpacks to more is refused as it is read, whatever size it claims (a zip can
    // unpack to far more than its own size).
    private const long MaxEntryBytes = 64L * 1024 * 1024;

    public static bool IsPackage(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <returns>Each assessment as the name it is shown by (<c>quiz.zip/a/b.xml</c>) and its text; or a message in <c>file: message</c> form.</returns>
    public static (List<(string Shown, string Text)> Assessments, string? Error) Read(string path)
    {
        var shown = DisplayPath.For(path);
        if (ImportFileReader.Missing(path) is { } missing)
        {
            return ([], missing);
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var assessments = new List<(string, string)>();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                var name = $"{shown}/{entry.FullName}";
                if (ReadAtMost(entry, MaxEntryBytes) is not { } bytes)
                {
                    return ([], $"{name}: unpacks to more than {MaxEntryBytes / (1024 * 1024)} MB; not read.");
                }

                var (text, error) = ImportFileReader.Decode(name, bytes);
                if (error is not null)
                {
                    return ([], error);
                }

                if (Qti12Parser.IsQti(text!))
                {
                    assessments.Add((name, text!));
                }
            }

            return assessments.Count > 0
                ? (assessments, null)
                : ([], $"{shown}: no QTI 1.2 assessment in this zip (an XML file with <questestinterop>); HitQuiz reads QTI 1.2, as Canvas, Blackboard and D2L export it.");
        }
        catch (InvalidDataException)
        {
            return ([], $"{shown}: not a zip archive.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"{shown}: cannot read the file: {e.Message}");
        }
    }

    private static byte[]? ReadAtMost(ZipArchiveEntry entry, long limit)
    {
        using var stream = entry.Open();
        using var bytes = new MemoryStream();
        var chunk = new byte[81920];
        for (var n = stream.Read(chunk); n > 0; n = stream.Read(chunk))
        {
            if (bytes.Length + n > limit)
            {
                return null;
            }

            bytes.Write(chunk, 0, n);
        }

        return bytes.ToArray();
    }
}
