using System.Diagnostics;
using System.Globalization;
using HitQuiz.Startup;

// Start-up harness. Publishes hitquiz and a hello world with Native AOT, then times, in the same run:
// the process run to exit (hello, --version, check), the same output on screen in a real terminal (tmux), and the
// first question frame there. The published hitquiz opens the trainer by becoming hitquiz-tui, so the frame includes that.
// Usage: dotnet run --project tests/HitQuiz.Startup -c Release [-- --runs 15] [--skip-publish]
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(15);
var repo = Repo.Root();
var output = Path.Combine(repo, "artifacts", "startup");
if (!args.Contains("--skip-publish"))
{
    Publisher.Publish(Path.Combine(repo, "src", "HitQuiz"), Path.Combine(output, "hitquiz"));
    Publisher.Publish(Path.Combine(repo, "tests", "HitQuiz.Startup", "Hello"), Path.Combine(output, "hello"));
}

var hitquiz = Path.Combine(output, "hitquiz", "hitquiz");
var hello = Path.Combine(output, "hello", "Hello");
var data = Directory.CreateTempSubdirectory("hitquiz-startup-");
var db = Path.Combine(data.FullName, "bench.db");
var questions = Path.Combine(repo, "questions");

Console.WriteLine($"{runs} runs each, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
var helloRun = Timing.Measure("hello world (AOT), run to exit", runs, () => Timing.RunToExit(hello));
var version = Timing.Measure("hitquiz --version, run to exit", runs, () => Timing.RunToExit(hitquiz, "--version"));
var check = Timing.Measure("hitquiz check, run to exit", runs, () => Timing.RunToExit(hitquiz, "check", "--questions", questions));
var helloFrame = Timing.Measure("hello world, first frame in tmux", runs, () => Terminal.TimeToText(hello, "hello"));
var versionFrame = Timing.Measure("hitquiz --version, on screen in tmux", runs, () => Terminal.TimeToText($"{hitquiz} --version", "0."));
var checkFrame = Timing.Measure("hitquiz check, summary on screen in tmux", runs, () => Terminal.TimeToText($"{hitquiz} check --questions {questions}", "Checked "));
var frame = Timing.Measure("hitquiz practice, first question frame in tmux", runs, () =>
    Terminal.TimeToText($"{hitquiz} practice --db {db} --learner bench --questions {questions}", "Practice · 1/"));

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"--version / hello: {version.Median / helloRun.Median:0.00}x run to exit, {versionFrame.Median / helloFrame.Median:0.00}x on screen in tmux (budget 1.3x)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"check / hello:     {check.Median / helloRun.Median:0.00}x run to exit, {checkFrame.Median / helloFrame.Median:0.00}x on screen in tmux (budget 1.3x)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first question frame: {frame.Median:0} ms median (budget 150 ms); tmux's own floor (hello): {helloFrame.Median:0} ms"));
data.Delete(recursive: true);
