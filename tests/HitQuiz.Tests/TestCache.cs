namespace HitQuiz.Tests;

/// <summary>Where the tests' generated banks are cached: never the cache folder of whoever runs them.</summary>
internal static class TestCache
{
    public const string Variable = "HITQUIZ_CACHE";

    public static readonly string Folder = Directory.CreateTempSubdirectory("hitquiz-test-cache-").FullName;
}
