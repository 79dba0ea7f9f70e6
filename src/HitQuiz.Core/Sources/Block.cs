namespace HitQuiz.Sources;

/// <summary>
/// One block of a source document with its 1-based line range. A <see cref="BlockKind.TableRow"/> also has
/// its <see cref="Key"/> and <see cref="Value"/> (for example "Median Salary" / "$39,340 per annum"); a row of a table
/// with more than two columns has its <see cref="Key"/> (the first cell) and one value per column in <see cref="Columns"/>
/// instead, each named by its header cell (for example "Fee" / "$6.50" and "Deadline" / "30 days").
/// </summary>
public sealed record Block(BlockKind Kind, string Text, int FirstLine, int LastLine)
{
    public string? Key { get; init; }

    public string? Value { get; init; }

    /// <summary>The value cells of a row of a table with more than two columns, each with its column's header.</summary>
    public IReadOnlyList<(string Column, string Value)>? Columns { get; init; }

    public bool Contains(int line) => line >= FirstLine && line <= LastLine;
}
