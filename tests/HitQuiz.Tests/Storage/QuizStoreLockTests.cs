using System.Diagnostics;

namespace HitQuiz.Storage;

/// <summary>
/// One process per database. .NET takes FileShare.None on Unix as flock(LOCK_EX), an advisory lock the kernel drops
/// when the holding process dies; these tests check that contract with util-linux flock(1) as the other process.
/// </summary>
public sealed class QuizStoreLockTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_second_open_of_an_open_database_fails_saying_it_is_in_use()
    {
        using var first = QuizStore.Open(_temp.Db);

        var error = Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));

        Assert.Equal($"{_temp.Db} is in use by another HitQuiz ({_temp.Db}.lock)", error.Message);
    }

    [Fact]
    public void A_database_opens_again_once_the_first_store_is_disposed()
    {
        QuizStore.Open(_temp.Db).Dispose();

        using var second = QuizStore.Open(_temp.Db);

        Assert.Empty(second.Learners());
    }

    [Fact]
    public void A_refused_second_open_leaves_the_first_store_working()
    {
        using var first = QuizStore.Open(_temp.Db);
        Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));

        first.RecordAnswer(Answers.Of("ana", "q1", true, Answers.Monday));

        Assert.Equal(1, first.Totals("ana").Answered);
    }

    [Fact]
    public void A_refused_second_open_does_not_release_the_lock_of_the_first()
    {
        using var first = QuizStore.Open(_temp.Db);
        Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));

        Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));
    }

    [Fact]
    public void Another_process_cannot_take_the_lock_of_an_open_database()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var store = QuizStore.Open(_temp.Db);

        using var probe = Process.Start("flock", ["--nonblock", "--exclusive", _temp.Db + ".lock", "true"]);
        probe.WaitForExit();

        Assert.Equal(1, probe.ExitCode);
    }

    [Fact]
    public void A_database_held_by_another_process_is_in_use()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var holder = HoldLock(_temp.Db + ".lock");
        try
        {
            var error = Assert.Throws<StoreException>(() => QuizStore.Open(_temp.Db));
            Assert.Contains("is in use by another HitQuiz", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_lock_left_by_a_process_that_died_does_not_block_the_next_start()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var holder = HoldLock(_temp.Db + ".lock");
        holder.Kill(entireProcessTree: true);
        holder.WaitForExit();

        Assert.True(File.Exists(_temp.Db + ".lock"));
        using var store = QuizStore.Open(_temp.Db);
        Assert.Empty(store.Learners());
    }

    /// <summary>Starts a process that holds an exclusive flock on the file until it is killed.</summary>
    private static Process HoldLock(string lockPath)
    {
        // --close keeps the lock in flock itself, not in the shell it runs, so killing flock is the crash.
        var start = new ProcessStartInfo("flock", ["--exclusive", "--close", lockPath, "sh", "-c", "echo locked; exec sleep 120"])
        {
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        Assert.Equal("locked", process.StandardOutput.ReadLine());
        return process;
    }
}
