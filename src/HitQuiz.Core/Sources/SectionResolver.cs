using System.Runtime.CompilerServices;

namespace HitQuiz.Sources;

/// <summary>
/// Resolves a section reference (a title, optionally a line inside the section) in a document. Titles match
/// ignoring case, spacing, quote style and trailing '?' or ':'. When several sections share the title the line
/// chooses; the error messages say what to write instead.
/// </summary>
public static class SectionResolver
{
    // Each document's sections by normalised title, made once per document: a bank checks every question's section,
    // often thousands against one document.
    private static readonly ConditionalWeakTable<SourceDocument, ILookup<string, Section>> Titles = new();

    public static SectionLookup Resolve(SourceDocument document, string title, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var wanted = TitleMatch.Normalise(title);
        var byTitle = Titles.GetValue(document, d => d.Sections.ToLookup(s => TitleMatch.Normalise(s.Title), StringComparer.Ordinal));
        var matches = byTitle[wanted].ToList();
        if (matches.Count == 0)
        {
            return SectionLookup.NotFound(NotFound(document, title, wanted));
        }

        if (line is int at)
        {
            var containing = matches.FirstOrDefault(s => s.Contains(at));
            return containing is not null
                ? SectionLookup.Found(containing)
                : SectionLookup.NotFound(
                    $"line {at} is not in section \"{matches[0].Title}\" of {document.Name} ({Ranges(matches)})");
        }

        return matches.Count == 1
            ? SectionLookup.Found(matches[0])
            : SectionLookup.NotFound(
                $"\"{matches[0].Title}\" is ambiguous in {document.Name}: sections at lines {Starts(matches)}; add \", line N\"");
    }

    private static string NotFound(SourceDocument document, string title, string wanted)
    {
        var closest = document.Sections
            .Select(s => (s.Title, Score: Score(TitleMatch.Normalise(s.Title), wanted)))
            .OrderBy(x => x.Score)
            .FirstOrDefault();
        var suggestion = closest.Title is not null && closest.Score <= Math.Max(3, wanted.Length / 2)
            ? $"; did you mean \"{closest.Title}\"?"
            : "";
        return $"no section \"{title.Trim()}\" in {document.Name}{suggestion}";
    }

    // A title that contains the words asked for ("Salary") is as good as a near-miss spelling.
    private static int Score(string candidate, string wanted) =>
        wanted.Length > 0 && candidate.Contains(wanted, StringComparison.Ordinal)
            ? 1
            : TitleMatch.Distance(candidate, wanted);

    private static string Starts(List<Section> sections) => JoinAnd(sections.Select(s => s.FirstLine.ToString()));

    private static string Ranges(List<Section> sections) =>
        (sections.Count == 1 ? "lines " : "sections at lines ")
        + JoinAnd(sections.Select(s => $"{s.FirstLine}-{s.LastLine}"));

    private static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list[..^1]) + " and " + list[^1];
    }
}
