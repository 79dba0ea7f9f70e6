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

    /// <summary>
    /// The name as it may be shown or printed: a name stored before these rules (or written into a database by other
    /// means) has each control character replaced with U+FFFD, so it cannot break a line or drive the terminal.
    /// </summary>
    public static string Shown(string name) =>
        name.Any(char.IsControl) ? string.Create(name.Length, name, static (span, n) =>
        {
            for (var i = 0; i < n.Length; i++)
            {
                span[i] = char.IsControl(n[i]) ? '\uFFFD' : n[i];
            }
        }) : name;
}
