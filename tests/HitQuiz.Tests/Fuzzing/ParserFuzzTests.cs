using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using HitQuiz.Loading;
using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Tests.Fuzzing;

/// <summary>
/// Fuzzing of every native parser with thousands of inputs: mutations of the shipped files (seeded, reproducible)
/// and arbitrary strings (FsCheck). No input may throw, hang, or produce a problem without a message and a line
/// inside the file. Set HITQUIZ_FUZZ_RUNS for a longer run (see README).
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("HITQUIZ_FUZZ_RUNS"), out var n) ? n : 2000;
    private static readonly string Quiz = File.ReadAllText(Path.Combine(ShippedQuestions.Folder, "hit-starter.quiz.md"));
    private static readonly string Article = File.ReadAllText(Path.Combine(ShippedQuestions.Folder, "sources", "how-to-become-a-health-information-technician.txt"));

    [Fact]
    public void Mutated_question_files_never_crash_the_parser_and_every_problem_names_a_line()
    {
        var random = new Random(11);
        for (var i = 0; i < Runs; i++)
        {
            var text = Mutator.Mutate(Quiz, random);
            var quiz = Bounded(() => QuizFileParser.Parse("f.quiz.md", text));
            var lines = text.Split('\n').Length;
            Assert.All(quiz.Problems, p => Assert.True(p.Message.Length > 0 && p.Line >= 1 && p.Line <= lines + 1, $"{p} in run {i}"));
        }
    }

    [Fact]
    public void Mutated_sources_never_crash_either_source_parser()
    {
        var random = new Random(12);
        for (var i = 0; i < Runs; i++)
        {
            var text = Mutator.Mutate(Article, random);
            var plain = Bounded(() => PlainTextSourceParser.Parse("a.txt", text));
            var markdown = Bounded(() => MarkdownSourceParser.Parse("a.md", text));
            Assert.All(plain.Sections.Concat(markdown.Sections), s => Assert.True(s.FirstLine >= 1 && s.LastLine >= s.FirstLine - 1));
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public bool Arbitrary_text_never_crashes_any_native_parser(string? text)
    {
        text ??= "";
        QuizFileParser.Parse("f.quiz.md", text);
        PlainTextSourceParser.Parse("a.txt", text);
        MarkdownSourceParser.Parse("a.md", text);
        return true;
    }

    [Theory]
    [InlineData("> ", 5000)]
    [InlineData("- ", 2000)]
    [InlineData("[", 20000)]
    [InlineData("*", 20000)]
    public void Deeply_nested_markdown_is_parsed_in_bounded_time(string prefix, int depth)
    {
        var text = "# Title\n\n" + string.Concat(Enumerable.Repeat(prefix, depth)) + "deep\n";

        var document = Bounded(() => MarkdownSourceParser.Parse("deep.md", text));

        Assert.NotEmpty(document.Sections);
    }

    private static T Bounded<T>(Func<T> parse)
    {
        var clock = Stopwatch.StartNew();
        var result = parse();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"parsing took {clock.Elapsed}");
        return result;
    }
}
