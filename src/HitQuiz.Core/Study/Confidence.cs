namespace HitQuiz.Study;

/// <summary>What a learner may add after a correct answer to refine the grade.</summary>
public enum Confidence
{
    /// <summary>Right, but it was a guess: graded Hard.</summary>
    Guessed,

    /// <summary>Right and trivially easy: graded Easy.</summary>
    Easy,
}
