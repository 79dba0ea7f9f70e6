namespace HitQuiz.Startup;

internal static class Repo
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HitQuiz.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HitQuiz.sln not found above the harness");
    }
}
