namespace HitQuiz.Study;

/// <summary>
/// What a learner may be called. A name is shown on the trainer's screens and printed in instructors' reports, so it
/// holds no control characters (a tab would break a table, an escape sequence would drive the terminal) and fits on a
/// line. A blank name is refused where it is typed, with words that suit that place.
/// </summary>
public static class LearnerName
{
    public const int MaxLength = 64;

    /// <summary>Why the (trimmed) name cannot be a learner's, as the end of a sentence; null when it can.</summary>
    public static string? Problem(string name) =>
        name.Length > MaxLength ? $"a learner's name is at most {MaxLength} characters."
        : name.Any(char.IsControl) ? "a learner's name cannot hold tabs, line breaks or other control characters."
        : null;
}
