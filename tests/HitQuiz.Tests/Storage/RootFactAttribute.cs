namespace HitQuiz.Storage;

/// <summary>A test that needs root (to mount a small or read-only file system); skipped, and reported so, otherwise.</summary>
internal sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root" || OperatingSystem.IsWindows())
        {
            Skip = "needs root to mount a file system";
        }
    }
}
