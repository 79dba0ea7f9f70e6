namespace HitQuiz.Formats;

/// <summary>
/// One file of an export package as it is written: its path inside the package (forward slashes) and what writes its
/// UTF-8 bytes, so that a package of a large bank is written file by file and never held in memory whole.
/// </summary>
public sealed record PackageEntry(string Path, Action<Stream> WriteTo)
{
    /// <summary>The file's text (for a caller that wants it whole).</summary>
    public PackageFile ToFile()
    {
        using var bytes = new MemoryStream();
        WriteTo(bytes);
        return new PackageFile(Path, System.Text.Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length));
    }
}
