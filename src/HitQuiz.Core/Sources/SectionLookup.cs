namespace HitQuiz.Sources;

/// <summary>The result of resolving a section reference: the section, or a message saying why it did not resolve.</summary>
public sealed record SectionLookup(Section? Section, string? Error)
{
    public static SectionLookup Found(Section section) => new(section, null);

    public static SectionLookup NotFound(string error) => new(null, error);
}
