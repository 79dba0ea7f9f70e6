using System.Text.RegularExpressions;

namespace HitQuiz.Questions;

/// <summary>
/// Reads the <c>Source:</c> and <c>Evidence:</c> fields: <c>[document &gt;] Section title[, line N]</c>, where the
/// document defaults to the file's <c>Source file:</c> header.
/// </summary>
internal static partial class SourceField
{
    public static SourceReference? Read(QuestionDraft draft, string? defaultSource)
    {
        var evidence = draft.Fields.GetValueOrDefault(QuizFields.Evidence);
        if (!draft.Fields.TryGetValue(QuizFields.Source, out var field))
        {
            if (evidence is not null)
            {
                draft.Error(evidence.Line, $"{draft.Label} has \"Evidence:\" but no \"Source:\"; say which section the sentence is from.");
            }

            return null;
        }

        var (document, section, line) = Split(field.Value);
        document ??= defaultSource;
        if (document is null)
        {
            draft.Error(field.Line, $"{draft.Label}: \"Source:\" names no document; add \"Source file: sources/….txt\" under the title, or write \"sources/….txt > {section}\".");
            return null;
        }

        if (section.Length == 0)
        {
            draft.Error(field.Line, $"{draft.Label}: \"Source:\" names no section; write the section title, like \"Source: Job Outlook, line 81\".");
            return null;
        }

        return new SourceReference(document, section, line, Unquote(evidence?.Value))
        {
            Origin = new FileLocation(draft.File, field.Line),
            EvidenceOrigin = evidence is null ? null : new FileLocation(draft.File, evidence.Line),
        };
    }

    /// <summary>Splits "doc &gt; Title, line 4" into its parts; the document is null when not written.</summary>
    public static (string? Document, string Section, int? Line) Split(string value)
    {
        string? document = null;
        var arrow = value.IndexOf('>', StringComparison.Ordinal);
        if (arrow >= 0)
        {
            document = value[..arrow].Trim().Replace('\\', '/');
            document = document.Length == 0 ? null : document;
        }

        // What follows the arrow is matched where it is, and its parts are read by group number: every question of a
        // bank has a source.
        var start = arrow + 1;
        var match = LinePattern().Match(value, start, value.Length - start);
        return match.Success
            ? (document, match.Groups[TitleGroup].ValueSpan.Trim().ToString(),
                int.Parse(match.Groups[LineGroup].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
            : (document, value.AsSpan(start).Trim().ToString(), null);
    }

    private static readonly int TitleGroup = LinePattern().GroupNumberFromName("title");
    private static readonly int LineGroup = LinePattern().GroupNumberFromName("line");

    private static string? Unquote(string? text)
    {
        if (text is null || text.Length < 2)
        {
            return text;
        }

        var quoted = (text[0], text[^1]) is ('"', '"') or ('“', '”');
        return quoted ? text[1..^1].Trim() : text;
    }

    // ASCII digits only: \d also matches other scripts' digits ("line ٣"), which int.Parse refuses.
    [GeneratedRegex(@"^(?<title>.*?)\s*,\s*line\s+(?<line>[0-9]{1,6})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LinePattern();
}
