namespace HitQuiz.Generation;

/// <summary>
/// A key/value row of a table in a source, with the section (the table's title) that contains it. A value of a table
/// with more than two columns has its <see cref="Column"/> (the header cell), and its key names both ("Fee for Amendment").
/// </summary>
internal sealed record SourceRow(string Key, string Value, string Section, int Line, string Text, string? Column = null)
{
    public Evidence Evidence => new(Section, Line, Line, Text);
}
