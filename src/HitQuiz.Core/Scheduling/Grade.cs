namespace HitQuiz.Scheduling;

/// <summary>How well the learner recalled a card; the values match FSRS ratings 1–4.</summary>
public enum Grade
{
    /// <summary>Forgotten or answered wrongly.</summary>
    Again = 1,

    /// <summary>Recalled with serious difficulty.</summary>
    Hard = 2,

    /// <summary>Recalled after some thought.</summary>
    Good = 3,

    /// <summary>Recalled effortlessly.</summary>
    Easy = 4,
}
