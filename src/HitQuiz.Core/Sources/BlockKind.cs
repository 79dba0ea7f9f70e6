namespace HitQuiz.Sources;

/// <summary>What a block of a source document is, as recognised from its shape.</summary>
public enum BlockKind
{
    Title,
    Caption,
    Heading,
    Paragraph,
    ListItem,
    TableRow,
    Boilerplate,
}
