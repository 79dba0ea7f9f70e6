namespace HitQuiz.Sources;

/// <summary>
/// A parsed source document. <see cref="Name"/> is its path relative to the questions folder, with forward
/// slashes (for example <c>sources/how-to-become-a-health-information-technician.txt</c>).
/// </summary>
public sealed record SourceDocument(string Name, string Title, IReadOnlyList<string> Lines, IReadOnlyList<Section> Sections)
{
    /// <summary>The section that contains the line, if any.</summary>
    /// <remarks>
    /// Parsers emit sections in line order, so the one that starts last at or before the line is found by halving;
    /// every generated item asks this, and a scan would grow with the square of the document.
    /// </remarks>
    public Section? SectionAt(int line)
    {
        var (low, high) = (0, Sections.Count - 1);
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (Sections[mid].FirstLine <= line)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return high >= 0 && Sections[high].Contains(line) ? Sections[high] : Sections.FirstOrDefault(s => s.Contains(line));
    }
}
