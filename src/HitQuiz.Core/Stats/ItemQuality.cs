namespace HitQuiz.Stats;

/// <summary>What the item analysis concludes about a question.</summary>
public enum ItemQuality
{
    /// <summary>Fewer learners than the minimum answered it: the figures would be noise.</summary>
    TooFewAttempts,

    /// <summary>Discrimination cannot be computed: every learner got it right (or wrong), or their rest scores are equal.</summary>
    Undefined,

    /// <summary>Negative discrimination, or discriminative efficiency under 15 %: worth reviewing.</summary>
    Dubious,

    Ok,
}
