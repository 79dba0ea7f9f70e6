using HitQuiz.Generation;
using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Generation;

/// <summary>Source documents read from the repository (found by walking up to the folder with HitQuiz.sln).</summary>
internal static class TestSources
{
    public const string ShippedName = "sources/how-to-become-a-health-information-technician.txt";

    /// <summary>The kinds the generator writes (matching and numerical items come only from instructors' files).</summary>
    public static readonly HitQuiz.Questions.QuestionKind[] GeneratedKinds =
    [
        HitQuiz.Questions.QuestionKind.MultipleChoice, HitQuiz.Questions.QuestionKind.MultipleResponse,
        HitQuiz.Questions.QuestionKind.TrueFalse, HitQuiz.Questions.QuestionKind.Cloze, HitQuiz.Questions.QuestionKind.NotListed,
    ];

    private static readonly Lazy<GenerationResult> ShippedResult = new(() => QuestionGenerator.Generate(Shipped()));
    private static readonly Lazy<GenerationResult> FixtureResult = new(() => QuestionGenerator.Generate(Fixture()));

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HitQuiz.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("HitQuiz.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string ShippedText => File.ReadAllText(Path.Combine(RepoRoot, "questions", ShippedName));

    public static SourceDocument Shipped() => PlainTextSourceParser.Parse(ShippedName, ShippedText);

    public static string FixtureText =>
        File.ReadAllText(Path.Combine(RepoRoot, "tests", "HitQuiz.Core.Tests", "Generation", "Fixtures", "medical-records-specialists.txt"));

    public static SourceDocument Fixture() => PlainTextSourceParser.Parse("sources/medical-records-specialists.txt", FixtureText);

    public static GenerationResult ShippedQuestions => ShippedResult.Value;

    public static GenerationResult FixtureQuestions => FixtureResult.Value;

    public static SourceDocument Parse(string text) => PlainTextSourceParser.Parse("sources/test.txt", text);

    /// <summary>Every text a learner sees for a question: stem, options and accepted answers.</summary>
    public static string Shown(HitQuiz.Questions.Question q) => string.Join(" | ", new[] { q.Stem }.Concat(q.Options).Concat(q.Answers));
}
