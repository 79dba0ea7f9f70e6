using HitQuiz.Cli;
using Microsoft.Extensions.Time.Testing;

namespace HitQuiz.Tests.Cli;

public sealed class SlowNoteTests
{
    [Fact]
    public void Work_that_ends_within_the_delay_prints_nothing()
    {
        var clock = new FakeTimeProvider(CliRun.Start);
        var error = new StringWriter();

        using (new SlowNote(error, "Loading ...", clock))
        {
            clock.Advance(SlowNote.Delay - TimeSpan.FromMilliseconds(1));
        }

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Work_still_going_after_the_delay_is_named_once()
    {
        var clock = new FakeTimeProvider(CliRun.Start);
        var error = new StringWriter();

        using (new SlowNote(error, "Loading ...", clock))
        {
            clock.Advance(SlowNote.Delay);
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal("Loading ..." + Environment.NewLine, error.ToString());
    }
}
