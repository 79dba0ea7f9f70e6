using System.Text;

namespace HitQuiz.Tests.Loading;

/// <summary>A throwaway questions folder for a test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("hitquiz-").FullName;

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string TrueFalse(string id, string extra = "") => $"## {id} [tf]\n{extra}Jobs will grow.\nAnswer: true\n\n";

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
