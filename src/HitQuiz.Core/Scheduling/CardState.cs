namespace HitQuiz.Scheduling;

/// <summary>Where a card is in the FSRS learning cycle.</summary>
public enum CardState
{
    /// <summary>Never reviewed; the first review behaves like a fresh card at learning step 0.</summary>
    New,

    /// <summary>Being learned through the short learning steps.</summary>
    Learning,

    /// <summary>Learned; scheduled in whole days from its stability.</summary>
    Review,

    /// <summary>Forgotten after review; going through the short relearning steps.</summary>
    Relearning,
}
