namespace HitQuiz.Generation;

/// <summary>The shapes of fact the generator recognises in a source.</summary>
public enum FactKind
{
    TableRow,
    ClosedList,
    OpenList,
    Acronym,
    Quantity,
    Definition,
    Negation,
}
