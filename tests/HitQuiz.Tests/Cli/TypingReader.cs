using Microsoft.Extensions.Time.Testing;

namespace HitQuiz.Tests.Cli;

/// <summary>Input lines that each take the learner <c>perLine</c> to type: the fake clock moves on before each is read.</summary>
internal sealed class TypingReader(FakeTimeProvider clock, TimeSpan perLine, params string[] lines) : TextReader
{
    private int _next;

    public override string? ReadLine()
    {
        if (_next >= lines.Length)
        {
            return null;
        }

        clock.Advance(perLine);
        return lines[_next++];
    }
}
