using HitQuiz.Benchmarks;

// Timed harnesses (Release builds), not tests:
//   dotnet run -c Release --project tests/HitQuiz.Benchmarks [-- ITEMS REVIEWS RUNS]   planning and the menu with a large history
//   dotnet run -c Release --project tests/HitQuiz.Benchmarks -- generate [RUNS] [--one-core] [--aot]
//                                                                                   question generation speed (shipped, 1, 4 and 8 MB),
//                                                                                   on every core or on one; --aot: the published
//                                                                                   `hitquiz generate` process instead
//   dotnet run -c Release --project tests/HitQuiz.Benchmarks -- scale [--items 100000] [--answers 1000000] [--learners 50] [--runs 200] [--dir DIR] [--jit]
//                                                                                   the scale benchmark (bank and database cached in DIR)
switch (args.FirstOrDefault())
{
    case "generate":
        if (args.Contains("--one-core"))
        {
            AppContext.SetSwitch(HitQuiz.Generation.QuestionGenerator.OneCoreSwitch, true);
        }

        var runs = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } given
            ? int.Parse(given, System.Globalization.CultureInfo.InvariantCulture) : 50;
        var generation = new GenerationBenchmark(Repo(), runs, Console.Out);
        return args.Contains("--aot") ? generation.RunNative() : generation.Run();
    case "scale":
        return new ScaleBenchmark(Repo(), ScaleOptions.Parse(args), Console.Out).Run();
    case "scale-session":
        return new ScaleSession(args[1], args[2], args[3], int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture), Console.Out).Run();
    case "scale-report":
        return new ScaleReport(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), Console.Out).Run();
}

var items = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var reviews = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100;
return new StudyBenchmark(items, reviews, count, Console.Out).Run();

static string Repo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "HitQuiz.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("HitQuiz.sln not found");
}
