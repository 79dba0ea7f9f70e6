namespace HitQuiz.Questions;

/// <summary>A place in a file, for messages in <c>file:line</c> form.</summary>
public sealed record FileLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
