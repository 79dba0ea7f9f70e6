using System.Diagnostics;
using System.Text.RegularExpressions;
using HitQuiz.Storage;
using HitQuiz.Tests.EndToEnd;

namespace HitQuiz.Tests.Reliability;

/// <summary>
/// Kills plain-mode sessions with SIGKILL at random moments and checks that the database still opens, that every
/// answer whose verdict was printed is stored exactly once, and that the totals agree with the stored answers.
/// The bounded run is part of the test suite; set HITQUIZ_CRASH_KILLS for a longer one (see README).
/// </summary>
public sealed partial class CrashTests
{
    private static int Kills => int.TryParse(Environment.GetEnvironmentVariable("HITQUIZ_CRASH_KILLS"), out var n) ? n : 50;

    [Fact]
    public void Sessions_killed_at_random_moments_lose_no_answer_whose_verdict_was_printed()
    {
        using var temp = new TempDirectory();
        var random = new Random(2026);
        var stored = 0;
        var killedMidSession = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var printed = RunAndKill(temp.Db, TimeSpan.FromMilliseconds(random.Next(100, 1500)), kill);
            using var store = QuizStore.Open(temp.Db);
            var answers = store.Answers("crash");
            var added = answers.Count - stored;
            Assert.InRange(added, printed, printed + 1);
            Assert.Equal(answers.Count, store.Totals("crash").Answered);
            Assert.Equal(answers.Count(a => a.Correct), store.Totals("crash").Correct);
            stored = answers.Count;
            killedMidSession += printed > 0 ? 1 : 0;
        }

        Assert.True(killedMidSession > Kills / 4, $"only {killedMidSession} of {Kills} kills landed after an answer");
    }

    [Fact]
    public void An_exam_killed_after_two_answers_keeps_them_and_the_next_start_says_so()
    {
        using var temp = new TempDirectory();
        string[] common = ["--db", temp.Db, "--learner", "crash", "--questions", ShippedQuestions.Folder];
        var start = HitQuizProcess.StartInfo(["practice", "--plain", "--mode", "exam", "--count", "5", "--seed", "3", .. common]);
        using (var exam = Process.Start(start)!)
        {
            exam.StandardError.ReadToEndAsync();
            ReadUntil(exam, "Item 1/5");
            exam.StandardInput.WriteLine("1");
            ReadUntil(exam, "Item 2/5");
            exam.StandardInput.WriteLine("1");
            ReadUntil(exam, "Item 3/5");
            exam.Kill();
            exam.WaitForExit();
        }

        var next = HitQuizProcess.Run(["practice", "--plain", "--count", "1", .. common], input: "1\n");

        Assert.Contains("crash's exam on", next.Output);
        Assert.Contains("was cut short; its 2 answers were saved.", next.Output);
        using var store = QuizStore.Open(temp.Db);
        Assert.Equal(3, store.Answers("crash").Count);
        Assert.Empty(store.ExamDrafts("crash"));
    }

    private static void ReadUntil(Process process, string text)
    {
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"the exam ended before \"{text}\"");
    }

    private static int RunAndKill(string db, TimeSpan after, int seed)
    {
        var start = HitQuizProcess.StartInfo(["practice", "--plain", "--count", "20", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--db", db, "--learner", "crash", "--questions", ShippedQuestions.Folder]);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        var feeding = Task.Run(() => Feed(process));
        Thread.Sleep(after);
        process.Kill();
        process.WaitForExit();
        feeding.Wait();
        return Verdict().Count(output.Result);
    }

    // Answers as fast as the session reads them; "1" answers every kind (a choice, or typed text for a blank).
    private static void Feed(Process process)
    {
        try
        {
            for (var i = 0; i < 400 && !process.HasExited; i++)
            {
                process.StandardInput.WriteLine("1");
                Thread.Sleep(2);
            }
        }
        catch (IOException)
        {
            // The process was killed while being fed.
        }
    }

    [GeneratedRegex(@"^(Correct\.|Incorrect\.)", RegexOptions.Multiline)]
    private static partial Regex Verdict();
}
