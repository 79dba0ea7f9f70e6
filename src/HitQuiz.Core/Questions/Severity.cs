namespace HitQuiz.Questions;

/// <summary>How serious a <see cref="Problem"/> is: errors stop a file from loading, warnings do not.</summary>
public enum Severity
{
    Error,
    Warning,
}
