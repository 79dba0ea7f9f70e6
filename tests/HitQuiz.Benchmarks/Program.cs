using HitQuiz.Benchmarks;

// Timed harnesses (Release builds), not tests:
//   dotnet run -c Release --project tests/HitQuiz.Benchmarks [-- ITEMS REVIEWS RUNS]   planning and the menu with a large history
//   dotnet run -c Release --project tests/HitQuiz.Benchmarks -- generate [RUNS]       question generation speed (shipped, 1, 4 and 8 MB)
if (args.FirstOrDefault() == "generate")
{
    var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
    return new GenerationBenchmark(Repo(), runs, Console.Out).Run();
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
