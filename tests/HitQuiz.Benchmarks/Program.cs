using HitQuiz.Benchmarks;

// Times what a learner waits for with a large history: planning the next session and computing the menu's figures.
// Usage: dotnet run -c Release --project tests/HitQuiz.Benchmarks [-- ITEMS REVIEWS RUNS]
var items = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var reviews = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100;
return new StudyBenchmark(items, reviews, runs, Console.Out).Run();
