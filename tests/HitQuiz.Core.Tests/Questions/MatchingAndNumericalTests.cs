using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class MatchingAndNumericalTests
{
    private const string Matching = """
        ## M-1 [match]
        Match each credential with its body.
        - RHIT -> AHIMA
        - CPC -> AAPC
        - -> CAHIIM
        Why: AHIMA awards the RHIT; AAPC the CPC.
        """;

    private const string Numerical = """
        ## N-1 [num]
        In which year was AHIMA founded?
        Answer: 1928:2 | 1920..1930
        """;

    private static string Shape(Question q) =>
        $"{q.Kind} {q.Stem} [{string.Join("|", q.Options)}] [{string.Join("|", q.Answers)}] [{string.Join("|", q.Choices)}] {q.Explanation}";

    private static Question Parse(string text) => QuizFileParser.Parse("t.quiz.md", text).Questions.Single();

    [Fact]
    public void A_matching_question_reads_its_pairs_and_sorted_choices()
    {
        var question = Parse(Matching);

        Assert.Equal(["RHIT", "CPC"], question.Options);
        Assert.Equal(["AHIMA", "AAPC"], question.Answers);
        Assert.Equal(["AAPC", "AHIMA", "CAHIIM"], question.Choices);
    }

    [Fact]
    public void A_numerical_question_reads_its_accepted_values()
    {
        Assert.Equal(["1928:2", "1920..1930"], Parse(Numerical).Answers);
    }

    [Theory]
    [InlineData(Matching)]
    [InlineData(Numerical)]
    public void The_new_kinds_are_written_and_read_back_unchanged(string text)
    {
        var question = Parse(text);
        var again = Parse(QuizFileWriter.Write(null, null, [question]));

        Assert.Equal(Shape(question), Shape(again));
    }

    [Theory]
    [InlineData("## M-1 [match]\nMatch.\n- A -> 1\n", "M-1 [match] has 1 pair; give at least 2")]
    [InlineData("## M-1 [match]\nMatch.\n- A -> 1\n- A -> 2\n", "repeats the left item \"A\"")]
    [InlineData("## M-1 [match]\nMatch.\n- A -> 1\n- B ->\n", "has a pair with no right item")]
    [InlineData("## M-1 [mc]\nWhich?\n- [x] A\n- [ ] B\n- A -> 1\n", "cannot have \"- left -> right\" pairs")]
    [InlineData("## N-1 [num]\nWhen?\n", "N-1 [num] needs the accepted values")]
    [InlineData("## N-1 [num]\nWhen?\nAnswer: soon\n", "\"soon\" is not a number")]
    [InlineData("## N-1 [num]\nWhen?\n- [x] 1928\n", "cannot have options")]
    public void Mistakes_in_the_new_kinds_are_reported(string text, string message)
    {
        var problems = QuizFileParser.Parse("t.quiz.md", text).Problems;

        Assert.Contains(problems, p => p.IsError && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { 1, 0 }, true)]
    [InlineData(new[] { 0, 1 }, false)]
    [InlineData(new[] { 1 }, false)]
    [InlineData(new[] { 1, 2 }, false)]
    public void A_matching_answer_is_correct_only_when_every_left_item_has_its_choice(int[] chosen, bool expected)
    {
        Assert.Equal(expected, AnswerChecker.IsCorrect(Parse(Matching), Response.Choice(chosen)));
    }

    [Theory]
    [InlineData("1928", true)]
    [InlineData("1930", true)]
    [InlineData("1921.5", true)]
    [InlineData("1919", false)]
    [InlineData("nineteen", false)]
    public void A_numerical_answer_is_correct_within_a_tolerance_or_range(string typed, bool expected)
    {
        Assert.Equal(expected, AnswerChecker.IsCorrect(Parse(Numerical), Response.Typed(typed)));
    }

    [Theory]
    [InlineData("1822", 1822, 1822)]
    [InlineData("1822:2", 1820, 1824)]
    [InlineData("1..5", 1, 5)]
    [InlineData("-5..-1", -5, -1)]
    [InlineData("179,500", 179500, 179500)]
    public void Numeric_answers_parse_as_ranges(string text, double min, double max)
    {
        Assert.Equal(new NumericAnswer(min, max), NumericAnswer.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5..1")]
    [InlineData("1:-2")]
    [InlineData("a:b")]
    [InlineData("1..2:3")]
    public void Malformed_numeric_answers_do_not_parse(string text)
    {
        Assert.Null(NumericAnswer.Parse(text));
    }

    [Fact]
    public void The_key_of_a_matching_question_names_each_pair_with_its_letter()
    {
        Assert.Equal("RHIT → B) AHIMA; CPC → A) AAPC", AnswerKey.Describe(Parse(Matching)));
    }

    [Fact]
    public void The_key_of_a_numerical_question_shows_tolerances_and_ranges()
    {
        Assert.Equal("1928 (±2) / 1920 to 1930", AnswerKey.Describe(Parse(Numerical)));
    }
}
