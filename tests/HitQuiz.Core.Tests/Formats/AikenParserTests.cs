using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

public sealed class AikenParserTests
{
    [Fact]
    public void Aiken_questions_import_as_single_answer_multiple_choice()
    {
        var questions = Fixtures.Import("sample.txt").Questions;

        Assert.Equal(2, questions.Count);
        Assert.All(questions, q => Assert.Equal(QuestionKind.MultipleChoice, q.Kind));
        Assert.Equal(["RHIA", "RHIT", "CPC", "CMA"], questions[1].Options);
        Assert.Equal(["RHIT"], questions[1].Answers);
    }

    [Fact]
    public void Both_option_styles_A_dot_and_A_parenthesis_are_read()
    {
        var questions = Fixtures.Import("sample.txt").Questions;

        Assert.Equal(["AHIMA", "CAHIIM", "The Bureau of Labor Statistics"], questions[0].Options);
    }

    [Fact]
    public void An_Aiken_file_is_told_from_GIFT_by_its_answer_lines()
    {
        Assert.Equal(ImportFormat.Aiken, QuestionImporter.Detect("sample.txt", Fixtures.Text("sample.txt")));
        Assert.Equal(ImportFormat.Gift, QuestionImporter.Detect("every-construct.txt", Fixtures.Text("every-construct.gift")));
    }

    [Fact]
    public void A_question_after_one_missing_its_answer_line_is_still_imported()
    {
        var result = Fixtures.Import("broken-aiken.txt");

        Assert.Equal(["Which code set covers procedures?"], result.Questions.Select(q => q.Stem));
        Assert.DoesNotContain(result.Problems, p => p.Line == 15);
    }

    [Theory]
    [InlineData(4, "has \"ANSWER: E\"; the options are A to B; skipped.")]
    [InlineData(8, "has option \"C\" where \"B\" was expected")]
    [InlineData(11, "has no \"ANSWER:\" line before the next question (line 15)")]
    public void A_broken_Aiken_question_is_reported_at_its_line(int line, string message)
    {
        var problems = Fixtures.Import("broken-aiken.txt").Problems.Select(p => p.ToString());

        Assert.Contains(problems, p => p.StartsWith($"broken-aiken.txt:{line}: ", StringComparison.Ordinal) && p.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_cut_off_at_the_end_of_the_file_is_reported()
    {
        var result = AikenParser.Parse("cut.txt", "Which?\nA. One\nB. Two\n");

        Assert.Contains("has no \"ANSWER:\" line", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_with_no_options_says_so_rather_than_naming_a_range_of_options()
    {
        var result = AikenParser.Parse("bare.txt", "No options here\nANSWER: A\n");

        Assert.Empty(result.Questions);
        Assert.Equal(
            "bare.txt:2: mc question \"No options here\" has \"ANSWER: A\" but no options; write each on its own line, like \"A. …\"; skipped.",
            Assert.Single(result.Problems).ToString());
    }
}
