namespace HitQuiz.Sources;

/// <summary>
/// A titled part of a source document: its heading and the blocks up to the next heading.
/// Lines are 1-based and inclusive; <see cref="FirstLine"/> is the heading's line.
/// </summary>
public sealed record Section(int Index, string Title, int FirstLine, int LastLine, IReadOnlyList<Block> Blocks)
{
    public bool Contains(int line) => line >= FirstLine && line <= LastLine;

    /// <summary>The blocks a learner should read: everything but boilerplate.</summary>
    public IEnumerable<Block> Content => Blocks.Where(b => b.Kind != BlockKind.Boilerplate);
}
