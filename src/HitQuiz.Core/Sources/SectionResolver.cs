namespace HitQuiz.Sources;

/// <summary>Resolves a section reference (a title, optionally a line inside the section) in a document.</summary>
public static class SectionResolver
{
    public static SectionLookup Resolve(SourceDocument document, string title, int? line = null)
    {
        var matches = document.Sections
            .Where(s => string.Equals(s.Title, title.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (line is int l)
        {
            matches = matches.Where(s => s.Contains(l)).ToList();
        }

        return matches.Count == 1
            ? SectionLookup.Found(matches[0])
            : SectionLookup.NotFound($"section \"{title}\" not found in {document.Name}");
    }
}
