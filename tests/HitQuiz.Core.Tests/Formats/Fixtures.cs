using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

/// <summary>The instructor files under Formats/Fixtures, and the shipped question bank.</summary>
internal static class Fixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formats", "Fixtures", name));

    public static ImportResult Import(string name) => QuestionImporter.Import(name, Text(name));

    public static Question Question(string name, string id) => Import(name).Questions.Single(q => q.Id == id);

    public static IReadOnlyList<string> Names { get; } = ["every-construct.gift", "broken.gift", "sample.txt", "broken-aiken.txt", "moodle-bank.xml"];

    public static QuizFile ShippedBank()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HitQuiz.sln")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder!.FullName, "questions", "hit-starter.quiz.md");
        return QuizFileParser.Parse("hit-starter.quiz.md", File.ReadAllText(path));
    }
}
