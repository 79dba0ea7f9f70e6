namespace HitQuiz.Storage;

/// <summary>A scratch directory removed after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hitquiz-tests-" + Guid.NewGuid().ToString("N"));

    public string Db => Path.Combine(Root, "hitquiz.db");

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            // Tests make directories read-only; give them back so they can be removed.
            foreach (var dir in Directory.GetDirectories(Root, "*", SearchOption.AllDirectories).Prepend(Root))
            {
                File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(Root, recursive: true);
    }
}
