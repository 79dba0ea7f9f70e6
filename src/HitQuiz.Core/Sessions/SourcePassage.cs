using HitQuiz.Sources;

namespace HitQuiz.Sessions;

/// <summary>
/// The section of a source document that explains an answer, ready to show: its title, where it is, its text,
/// and the spans of that text to highlight (the evidence).
/// </summary>
public sealed record SourcePassage(
    string Document,
    string SectionTitle,
    int FirstLine,
    int LastLine,
    string Text,
    IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>The highlighted text itself, for plain output.</summary>
    public IEnumerable<string> HighlightedText => Highlights.Select(h => Text.Substring(h.Start, h.Length));
}
