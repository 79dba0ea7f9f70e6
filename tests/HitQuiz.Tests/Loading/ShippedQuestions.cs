namespace HitQuiz.Tests;

/// <summary>The repository's own questions folder.</summary>
internal static class ShippedQuestions
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HitQuiz.sln")))
            {
                return Path.Combine(dir.FullName, "questions");
            }
        }

        throw new InvalidOperationException("HitQuiz.sln not found above the test folder");
    }
}
