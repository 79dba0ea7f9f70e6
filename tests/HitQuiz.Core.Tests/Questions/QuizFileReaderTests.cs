using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class QuizFileReaderTests
{
    // Windows line ends, a tab, a byte order mark, a duplicate id, a bad option and a comment never closed: everything
    // whose reading depends on where lines start and end.
    private const string Text =
        "\uFEFF# Quiz: Privacy\r\nSource file: sources/privacy.txt\r\n\r\n## P-1 [tf]\r\nTopic:\tPrivacy\r\nPHI is protected.\r\nAnswer: true\r\n\n"
        + "## P-2 [mc]\nWhich rule protects PHI?\n- [x] HIPAA Privacy Rule\n- [ ] FERPA\n-[ ] no space\n\n## p-1 [tf]\nAgain.\nAnswer: false\n\n<!-- draft\n## P-3 [tf]\n";

    public static TheoryData<int[]> Cuts => new(Array.Empty<int>(), new[] { 1 }, new[] { 1, 2 }, new[] { 40, 41, 42 }, new[] { 0, 7, 19, 57, 58, 100, 150 }, Enumerable.Range(1, Text.Length - 1).ToArray());

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Reading_a_file_in_pieces_gives_what_parsing_it_whole_gives(int[] cuts)
    {
        var whole = QuizFileParser.Parse("privacy.quiz.md", Text);
        var reader = new QuizFileReader("privacy.quiz.md");
        var at = 0;
        foreach (var cut in cuts.Append(Text.Length))
        {
            reader.Read(Text[at..cut]);
            at = cut;
        }

        var pieces = reader.Finish();

        Assert.Equal(whole.Problems.Select(p => p.ToString()), pieces.Problems.Select(p => p.ToString()));
        Assert.Equal(QuizFileWriter.Write(null, null, whole.Questions), QuizFileWriter.Write(null, null, pieces.Questions));
        Assert.NotEmpty(pieces.Questions);
        Assert.Equal((whole.Title, whole.DefaultSource, whole.DefaultSourceLine), (pieces.Title, pieces.DefaultSource, pieces.DefaultSourceLine));
        Assert.Contains(pieces.Problems, p => p.Message.StartsWith("duplicate id \"p-1\"", StringComparison.Ordinal));
        Assert.Contains(pieces.Problems, p => p.Line == 21 && p.Message.Contains("never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_question_without_errors_is_handed_over_as_soon_as_its_last_line_is_read()
    {
        var reader = new QuizFileReader("q.quiz.md", keepQuestions: false);
        var handed = new List<string>();
        reader.QuestionRead = question => handed.Add(question.Id);

        reader.Read("## Q-1 [tf]\nJobs grow.\nAnswer: true\n\n## Q-2 [tf]\nNo answer here.\n\n");
        var beforeTheLast = handed.ToList();
        reader.Read("## Q-3 [tf]\nPay rises.\nAnswer: false\n");
        var read = reader.Finish();

        Assert.Equal(["Q-1"], beforeTheLast);
        Assert.Equal(["Q-1", "Q-3"], handed);
        Assert.Empty(read.Questions);
        Assert.Contains(read.Problems, p => p.IsError && p.Line == 5);
    }

    [Fact]
    public void A_reader_told_not_to_keep_questions_still_reports_every_problem()
    {
        var reader = new QuizFileReader("privacy.quiz.md", keepQuestions: false);
        reader.Read(Text);

        var read = reader.Finish();

        Assert.Empty(read.Questions);
        Assert.Equal(QuizFileParser.Parse("privacy.quiz.md", Text).Problems, read.Problems);
    }

    [Fact]
    public void A_file_written_in_pieces_is_the_file_written_whole()
    {
        Question[] questions =
        [
            new("P-1", QuestionKind.TrueFalse, "PHI is protected.", ["True", "False"], ["True"]) { Topic = "Privacy" },
            new("P-2", QuestionKind.MultipleChoice, "Which rule protects PHI?", ["HIPAA Privacy Rule", "FERPA"], ["HIPAA Privacy Rule"]),
        ];

        var chunks = QuizFileWriter.Chunks("Privacy", "sources/privacy.txt", questions).ToList();

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.EndsWith("\n", c, StringComparison.Ordinal));
        Assert.Equal(QuizFileWriter.Write("Privacy", "sources/privacy.txt", questions), string.Concat(chunks));
        Assert.Equal(questions.Select(q => q.Id), QuizFileParser.Parse("privacy.quiz.md", string.Concat(chunks)).Questions.Select(q => q.Id));
    }
}
