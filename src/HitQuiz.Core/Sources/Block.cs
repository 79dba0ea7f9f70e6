namespace HitQuiz.Sources;

/// <summary>
/// One block of a source document with its 1-based line range. A <see cref="BlockKind.TableRow"/> also has
/// its <see cref="Key"/> and <see cref="Value"/> (for example "Median Salary" / "$39,340 per annum").
/// </summary>
public sealed record Block(BlockKind Kind, string Text, int FirstLine, int LastLine)
{
    public string? Key { get; init; }

    public string? Value { get; init; }

    public bool Contains(int line) => line >= FirstLine && line <= LastLine;
}
