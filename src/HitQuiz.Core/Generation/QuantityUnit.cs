namespace HitQuiz.Generation;

/// <summary>The unit of a number in a source; distractors keep the key's unit and format.</summary>
public enum QuantityUnit
{
    Count,
    Money,
    Percent,
    Years,
    Year,
}
