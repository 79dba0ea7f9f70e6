using System.Text;
using CsvHelper;

namespace HitQuiz.Cli;

/// <summary>
/// CSV written field by field with CsvHelper (quoting by the library; no record types, which its generated mapping
/// would need). Text cells a spreadsheet would run as a formula (=, +, -, @ first) are escaped; numbers are written
/// as numbers so a negative one stays a number.
/// </summary>
internal static class CsvOutput
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    public static CsvWriter Writer(TextWriter output) => CsvWriter.Create(output, Options, leaveOpen: true);

    /// <summary>A writer to a file: UTF-8 with a byte-order mark, so spreadsheets do not guess another encoding.</summary>
    public static CsvWriter Writer(Stream output) =>
        CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);

    public static void Row(CsvWriter csv, params object?[] fields)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case int i:
                    csv.WriteField(i, "");
                    break;
                case long l:
                    csv.WriteField(l, "");
                    break;
                case double d:
                    csv.WriteField(Math.Round(d, 2), "");
                    break;
                default:
                    csv.WriteField(field as string ?? "");
                    break;
            }
        }

        csv.EndRecord();
    }

    public static string Text(Action<CsvWriter> write)
    {
        var text = new StringBuilder();
        using (var output = new StringWriter(text))
        using (var csv = Writer(output))
        {
            write(csv);
        }

        return text.ToString();
    }
}
