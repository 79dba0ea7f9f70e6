using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

/// <summary>The article shipped in questions/sources, found by walking up to the folder holding HitQuiz.sln.</summary>
internal static class ShippedArticle
{
    public const string Name = "sources/how-to-become-a-health-information-technician.txt";

    private static readonly Lazy<SourceDocument> Parsed = new(() => PlainTextSourceParser.Parse(Name, File.ReadAllText(Path())));

    public static SourceDocument Document => Parsed.Value;

    public static Section Section(string title) => Document.Sections.Single(s => s.Title == title);

    private static string Path()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "HitQuiz.sln")))
        {
            folder = folder.Parent;
        }

        return System.IO.Path.Combine(folder!.FullName, "questions", Name);
    }
}
