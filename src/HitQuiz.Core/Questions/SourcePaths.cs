namespace HitQuiz.Questions;

/// <summary>Rules for source paths written in question files: relative, forward slashes, inside the questions folder.</summary>
public static class SourcePaths
{
    /// <summary>True for an absolute path or one with a ".." segment, which could reach outside the questions folder.</summary>
    public static bool LeavesFolder(string path)
    {
        var normal = path.Replace('\\', '/');
        var absolute = normal.StartsWith('/') || (normal.Length >= 2 && char.IsLetter(normal[0]) && normal[1] == ':');
        return absolute || normal.Split('/').Contains("..");
    }
}
