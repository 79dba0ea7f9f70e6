using System.Diagnostics;
using System.Globalization;
using HitQuiz.Loading;

namespace HitQuiz.Benchmarks;

/// <summary>
/// The scale benchmark: a bank of ITEMS generated items and a database of ANSWERS answers from LEARNERS learners
/// (both cached under DIR, rebuilt when missing), then one learner's session and the instructor's report, each in a
/// fresh process on a fresh copy of the database so that its peak memory is its own.
/// </summary>
internal sealed class ScaleBenchmark(string repo, ScaleOptions options, TextWriter output)
{
    /// <summary>The moment the history ends and the benchmark's learner studies.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public int Run()
    {
        output.WriteLine($"Scale benchmark: {options.Items:N0} items, {options.Answers:N0} answers from {options.Learners} learners, {options.Runs} runs per figure");
        output.WriteLine($"Load before: {Load()}");
        Directory.CreateDirectory(options.Cache);
        var root = SyntheticBank.Prepare(repo, options.Cache, options.Items, output);
        var bank = BankLoader.Load(root).Questions;
        var cached = ScaleDatabase.Prepare(root, bank, options.Answers, options.Learners, output);
        var copy = Path.Combine(options.Cache, "run.db");
        var learner = ScaleHistory.Learner(options.Learners - 1);

        var native = options.Jit ? null : PublishNative();
        _harness = native is null ? null : Path.Combine(native, "HitQuiz.Benchmarks");
        _hitquiz = native is null ? null : Path.Combine(native, "hitquiz", "hitquiz");
        Fresh(cached, copy);
        output.WriteLine($"Database size: {ScaleDatabase.Megabytes(copy)} MB");
        output.WriteLine($"Session of {learner}, the heaviest learner ({ScaleHistory.Shares(options.Answers, options.Learners)[^1]:N0} answers), {(native is null ? "Release JIT build without tiering" : "Native AOT as released")}, headless TUI:");
        var failed = Child("scale-session", root, copy, learner, options.Runs.ToString(CultureInfo.InvariantCulture));

        Fresh(cached, copy);
        output.WriteLine("Report over all learners (the report verb's code, text output):");
        failed |= Child("scale-report", copy, Math.Max(5, options.Runs / 20).ToString(CultureInfo.InvariantCulture));
        ReportProcess(root, cached, copy);
        ExportProcesses(root, copy);
        output.WriteLine($"Load after: {Load()}");
        return failed ? 1 : 0;
    }

    private string? _harness;
    private string? _hitquiz;

    // The release is Native AOT: this harness and hitquiz are published so, the session and report measured in them.
    private string? PublishNative()
    {
        var folder = Path.Combine(repo, "artifacts", "scale");
        output.WriteLine("Publishing the session harness and hitquiz with Native AOT (about two minutes) ...");
        var ok = Processes.Publish(Path.Combine(repo, "tests", "HitQuiz.Benchmarks"), folder)
            && Processes.Publish(Path.Combine(repo, "src", "HitQuiz"), Path.Combine(folder, "hitquiz"));
        if (!ok)
        {
            output.WriteLine("  publishing failed; measuring the Release JIT build without tiering instead.");
        }

        return ok ? folder : null;
    }

    // The whole `hitquiz report` process, as an instructor runs it over the bank's folder (which it loads to count
    // mastery against), three times on a fresh copy (statistics never read, then read).
    private void ReportProcess(string root, string cached, string copy)
    {
        var (kind, file, args) = _hitquiz is not null
            ? ("Native AOT", _hitquiz, Array.Empty<string>())
            : ("Release JIT", "dotnet", new[] { Path.Combine(AppContext.BaseDirectory, "hitquiz.dll") });
        Fresh(cached, copy);
        var runs = Enumerable.Range(0, 3).Select(_ => Processes.Timed("/usr/bin/time", ["-f", "%e s %M KB", file, .. args, "report", copy, "--questions", root])).ToList();
        output.WriteLine($"  `hitquiz report` as a process ({kind}; wall time and peak memory): first {runs[0]}, then {string.Join(", ", runs.Skip(1))}");
    }

    // The whole `hitquiz export` process for every answer and for the whole bank, each written to a file, as an
    // instructor runs them: wall time and peak memory.
    private void ExportProcesses(string root, string copy)
    {
        var (kind, file, args) = _hitquiz is not null
            ? ("Native AOT", _hitquiz, Array.Empty<string>())
            : ("Release JIT", "dotnet", new[] { Path.Combine(AppContext.BaseDirectory, "hitquiz.dll") });
        var target = Path.Combine(options.Cache, "export.out");
        var results = Enumerable.Range(0, 3)
            .Select(_ => Processes.Timed("/usr/bin/time", ["-f", "%e s %M KB", file, .. args, "export", "results", "--db", copy, "-o", target, "--force"])).ToList();
        output.WriteLine($"  `hitquiz export results -o FILE` ({kind}; every answer as CSV): {string.Join(", ", results)}");
        var questions = Enumerable.Range(0, 3)
            .Select(_ => Processes.Timed("/usr/bin/time", ["-f", "%e s %M KB", file, .. args, "export", "questions", "--questions", root, "--format", "gift", "-o", target, "--force"])).ToList();
        output.WriteLine($"  `hitquiz export questions --format gift -o FILE` ({kind}; the whole bank): {string.Join(", ", questions)}");
        File.Delete(target);
    }

    private bool Child(params string[] args)
    {
        var start = _harness is not null
            ? new ProcessStartInfo(_harness, args) { RedirectStandardOutput = true }
            : new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "HitQuiz.Benchmarks.dll"), .. args]) { RedirectStandardOutput = true };

        // The release build users run is Native AOT, compiled once with full optimisation; without tiering the JIT
        // does the same, instead of timing the first thirty calls of each method in unoptimised code.
        start.Environment["DOTNET_TieredCompilation"] = "0";
        using var process = Process.Start(start)!;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            output.WriteLine(line);
        }

        process.WaitForExit();
        return process.ExitCode != 0;
    }

    private static void Fresh(string cached, string copy)
    {
        File.Copy(cached, copy, overwrite: true);
        File.Delete(Path.ChangeExtension(copy, null) + "-log.db");

        // A cached database of an older schema is upgraded in each copy; the backup of the last copy is in the way.
        foreach (var backup in Directory.EnumerateFiles(Path.GetDirectoryName(copy)!, Path.GetFileNameWithoutExtension(copy) + "-schema*-backup.db"))
        {
            File.Delete(backup);
        }
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Trim();
}
