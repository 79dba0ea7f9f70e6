using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Questions;

public sealed class QuizCheckerTests
{
    private const string Doc = "sources/hit.txt";

    // Two sections: "Job Outlook" (lines 1-3) and "Salary" (lines 4-6).
    private static readonly SourceDocument Source = new(
        Doc,
        "Health information",
        ["Job Outlook", "", "Jobs will grow by 21 percent", "Salary", "", "The best pay is up to $66,000 a year."],
        [
            new Section(0, "Job Outlook", 1, 3, [new Block(BlockKind.Paragraph, "Jobs will grow by 21 percent", 3, 3)]),
            new Section(1, "Salary", 4, 6, [new Block(BlockKind.Paragraph, "The best pay is up to $66,000 a year.", 6, 6)]),
        ]);

    private static IReadOnlyList<Problem> Check(params string[] files) =>
        QuizChecker.Check(
            [.. files.Select((text, i) => QuizFileParser.Parse($"q{i + 1}.quiz.md", $"Source file: {Doc}\n" + text))],
            name => name == Doc ? Source : null);

    private static string Tf(string id, string source, string evidence = "") =>
        $"## {id} [tf]\nSource: {source}\n{(evidence.Length > 0 ? "Evidence: " + evidence + "\n" : "")}Jobs grow.\nAnswer: true\n";

    [Fact]
    public void Files_checked_one_at_a_time_report_a_duplicate_id_on_the_later_file_as_a_whole_folder_check_does()
    {
        var ids = new QuizIds();
        var first = QuizFileParser.Parse("q1.quiz.md", $"Source file: {Doc}\n" + Tf("Q-1", "Salary"));
        var second = QuizFileParser.Parse("q2.quiz.md", $"Source file: {Doc}\n\n" + Tf("q-1", "Salary"));

        Assert.Empty(QuizChecker.Check(first, ids, name => name == Doc ? Source : null));
        var problem = Assert.Single(QuizChecker.Check(second, ids, name => name == Doc ? Source : null));

        Assert.Equal("q2.quiz.md:3: duplicate id \"q-1\"; it is also used at q1.quiz.md:2.", problem.ToString());
    }

    [Fact]
    public void A_file_checked_on_its_own_leaves_an_id_repeated_from_another_file_to_the_ids_of_the_folder()
    {
        var second = QuizFileParser.Parse("q2.quiz.md", $"Source file: {Doc}\n\n" + Tf("q-1", "Salary"));
        var check = new QuizFileCheck("q2.quiz.md", ids: null, name => name == Doc ? Source : null);
        check.Add(second.Questions[0], second.DefaultSource, second.DefaultSourceLine);
        var ids = new QuizIds();

        Assert.Empty(check.Finish(second.DefaultSource, second.DefaultSourceLine));
        Assert.Null(ids.Repeat("Q-1", new FileLocation("q1.quiz.md", 2)));
        Assert.Null(ids.Repeat("q-1", new FileLocation("q1.quiz.md", 9)));
        Assert.Equal(
            "q2.quiz.md:3: duplicate id \"q-1\"; it is also used at q1.quiz.md:2.",
            ids.Repeat("q-1", second.Questions[0].Origin!)?.ToString());
    }

    [Fact]
    public void Questions_checked_as_they_are_read_give_the_problems_of_the_whole_file_in_the_same_order()
    {
        var earlier = QuizFileParser.Parse("q1.quiz.md", $"Source file: {Doc}\n" + Tf("Q-1", "Salary"));
        var text = "Source file: sources/gone.txt\n\n" + Tf("Q-2", "Salary") + "\n" + Tf("Q-1", $"{Doc} > Nowhere") + "\n"
            + Tf("Q-3", $"{Doc} > Salary", "not in the section") + "\n" + Tf("Q-4", "../outside.txt > Salary") + "\n" + Tf("Q-5", "sources/gone.txt > Salary");
        var wholeIds = new QuizIds();
        QuizChecker.Check(earlier, wholeIds, name => name == Doc ? Source : null);
        var whole = QuizChecker.Check(QuizFileParser.Parse("q2.quiz.md", text), wholeIds, name => name == Doc ? Source : null);

        var ids = new QuizIds();
        QuizChecker.Check(earlier, ids, name => name == Doc ? Source : null);
        var check = new QuizFileCheck("q2.quiz.md", ids, name => name == Doc ? Source : null);
        var reader = new QuizFileReader("q2.quiz.md", keepQuestions: false);
        reader.QuestionRead = question => check.Add(question, reader.DefaultSource, reader.DefaultSourceLine);
        reader.Read(text);
        var read = reader.Finish();
        var streamed = check.Finish(read.DefaultSource, read.DefaultSourceLine);

        Assert.Equal(5, whole.Count);
        Assert.Equal(whole.Select(p => p.ToString()), streamed.Select(p => p.ToString()));
    }

    [Fact]
    public void A_question_whose_source_and_evidence_resolve_has_no_problem()
    {
        Assert.Empty(Check(Tf("Q-1", "Job Outlook, line 3", "jobs will  grow by 21 percent")));
    }

    [Fact]
    public void A_duplicate_id_across_files_names_both_places()
    {
        var problems = Check(Tf("Q-1", "Salary"), "\n" + Tf("Q-1", "Salary"));

        Assert.Equal("q2.quiz.md:3: duplicate id \"Q-1\"; it is also used at q1.quiz.md:2.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void A_missing_document_is_reported_at_the_source_line()
    {
        var problems = Check(Tf("Q-1", "sources/gone.txt > Salary"));

        Assert.Equal("q1.quiz.md:3: Q-1: source document \"sources/gone.txt\" not found.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void A_missing_document_is_reported_once_per_file()
    {
        var problems = Check(Tf("Q-1", "sources/gone.txt > Salary") + Tf("Q-2", "sources/gone.txt > Salary"));

        Assert.Single(problems);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("sources/../../secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\notes.txt")]
    public void A_source_path_leaving_the_questions_folder_is_an_error(string path)
    {
        var problem = Assert.Single(Check(Tf("Q-1", path + " > Salary")));

        Assert.Equal(3, problem.Line);
        Assert.Contains("leaves the questions folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_that_does_not_resolve_reports_the_resolver_message()
    {
        var expected = SectionResolver.Resolve(Source, "Wages").Error;

        var problems = Check(Tf("Q-1", "Wages"));

        Assert.Equal($"q1.quiz.md:3: Q-1: {expected}", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Evidence_not_in_the_cited_section_is_a_warning_at_the_evidence_line()
    {
        var problems = Check(Tf("Q-1", "Salary", "Jobs will grow by 21 percent"));

        Assert.Equal("q1.quiz.md:4: warning: Q-1: evidence not found in section \"Salary\" (lines 4-6).", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Evidence_matches_whatever_its_case()
    {
        Assert.Empty(Check(Tf("Q-1", "Salary", "THE BEST PAY IS UP TO $66,000 A YEAR.")));
    }

    [Fact]
    public void Evidence_matches_curly_quotes_and_any_spacing()
    {
        Assert.Equal("the associate's degree", EvidenceText.Normalize("  The associate\u2019s\n  degree "));
    }

    [Fact]
    public void A_missing_default_document_is_reported_once_at_the_header()
    {
        var quiz = QuizFileParser.Parse("q1.quiz.md", "# Quiz: T\nSource file: sources/gone.txt\n" + Tf("Q-1", "Salary") + Tf("Q-2", "Salary"));

        var problems = QuizChecker.Check([quiz], _ => null);

        Assert.Equal("q1.quiz.md:2: \"Source file:\" source document \"sources/gone.txt\" not found.", Assert.Single(problems).ToString());
    }
}
