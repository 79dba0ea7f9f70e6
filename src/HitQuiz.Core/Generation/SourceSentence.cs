namespace HitQuiz.Generation;

/// <summary>A content sentence of a source with the section that contains it and its 1-based line.</summary>
internal sealed record SourceSentence(string Text, string Section, int Line)
{
    public Evidence Evidence => new(Section, Line, Line, Text);
}
