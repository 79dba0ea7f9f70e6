namespace HitQuiz.Tests.Cli;

/// <summary>
/// A clock whose timers are due the moment they are set, as if the work they wait on had taken longer than any delay:
/// for notes that only a slow step prints.
/// </summary>
internal sealed class WorkOutlastsEveryTimer : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => CliRun.Start;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        callback(state);
        return new Done();
    }

    private sealed class Done : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
