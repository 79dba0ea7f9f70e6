namespace HitQuiz.Sources;

/// <summary>A range of characters in a text, for highlighting.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
