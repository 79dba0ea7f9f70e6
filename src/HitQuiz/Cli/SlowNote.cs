namespace HitQuiz.Cli;

/// <summary>
/// A line on standard error for work that can take seconds before anything else shows (reading a bank of many
/// thousands of questions before the trainer draws): written only when the work is still going after
/// <see cref="Delay"/>, so that a quick start stays silent. Disposing it when the work ends cancels the line.
/// </summary>
internal sealed class SlowNote : IDisposable
{
    /// <summary>Long enough that the shipped bank (read in milliseconds) never shows it; short enough to be felt.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);

    private readonly Lock _gate = new();
    private readonly ITimer _timer;
    private bool _settled;

    public SlowNote(TextWriter error, string message, TimeProvider clock)
    {
        _timer = clock.CreateTimer(_ => Write(error, message), null, Delay, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _settled = true;
        }

        _timer.Dispose();
    }

    private void Write(TextWriter error, string message)
    {
        lock (_gate)
        {
            if (!_settled)
            {
                _settled = true;
                error.WriteLine(message);
            }
        }
    }
}
