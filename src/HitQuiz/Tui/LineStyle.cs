namespace HitQuiz.Tui;

/// <summary>How a piece of screen text is drawn; each style stays readable without colour.</summary>
internal enum LineStyle
{
    Normal,
    Title,
    Dim,
    Highlight,
    Selected,
    Good,
    Bad,
}
