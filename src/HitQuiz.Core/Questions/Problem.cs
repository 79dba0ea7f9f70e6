namespace HitQuiz.Questions;

/// <summary>Something wrong with a file, at a 1-based line, printed as <c>file:line: message</c>.</summary>
public sealed record Problem(string File, int Line, string Message, Severity Severity = Severity.Error)
{
    public static Problem Error(string file, int line, string message) => new(file, line, message, Severity.Error);

    public static Problem Warning(string file, int line, string message) => new(file, line, message, Severity.Warning);

    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        Severity == Severity.Warning ? $"{File}:{Line}: warning: {Message}" : $"{File}:{Line}: {Message}";
}
