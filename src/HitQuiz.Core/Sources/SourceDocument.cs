namespace HitQuiz.Sources;

/// <summary>
/// A parsed source document. <see cref="Name"/> is its path relative to the questions folder, with forward
/// slashes (for example <c>sources/how-to-become-a-health-information-technician.txt</c>).
/// </summary>
public sealed record SourceDocument(string Name, string Title, IReadOnlyList<string> Lines, IReadOnlyList<Section> Sections)
{
    /// <summary>The section that contains the line, if any.</summary>
    public Section? SectionAt(int line) => Sections.FirstOrDefault(s => s.Contains(line));
}
