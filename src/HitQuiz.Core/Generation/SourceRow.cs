namespace HitQuiz.Generation;

/// <summary>A key/value row of a table in a source, with the section (the table's title) that contains it.</summary>
internal sealed record SourceRow(string Key, string Value, string Section, int Line, string Text)
{
    public Evidence Evidence => new(Section, Line, Line, Text);
}
