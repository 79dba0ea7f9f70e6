namespace HitQuiz.Generation;

/// <summary>A content sentence of a source with the section that contains it and its 1-based line.</summary>
/// <remarks>
/// Held as its evidence: every fact and candidate drawn from the sentence cites this one instance rather than a copy
/// of its own, which on a large document is tens of thousands of objects fewer for the collector to carry.
/// </remarks>
internal sealed record SourceSentence(Evidence Evidence)
{
    public SourceSentence(string text, string section, int line)
        : this(new Evidence(section, line, line, text))
    {
    }

    public string Text => Evidence.Text;

    public string Section => Evidence.Section;

    public int Line => Evidence.FirstLine;
}
