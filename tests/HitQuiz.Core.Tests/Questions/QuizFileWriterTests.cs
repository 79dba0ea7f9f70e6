using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class QuizFileWriterTests
{
    private const string DefaultSource = "sources/hit.txt";

    private static readonly string[] KindNames = ["mc", "multi", "tf", "cloze", "not"];

    public static TheoryData<string> Kinds => new(KindNames);

    private static Question Sample(string kind) => kind switch
    {
        "mc" => new Question("Q-1", QuestionKind.MultipleChoice, "Which body accredits programs?", ["AHIMA", "CAHIIM", "BLS"], ["CAHIIM"])
        {
            Topic = "Education",
            Source = new SourceReference(DefaultSource, "Educational Requirements", 44, "All programs should be accredited by CAHIIM."),
            Explanation = "CAHIIM accredits programs.",
        },
        "multi" => new Question("Q-2", QuestionKind.MultipleResponse, "Which are AHIMA credentials?", ["CCS", "CPC", "CHDA"], ["CCS", "CHDA"])
        {
            Status = QuestionStatus.Draft,
            Source = new SourceReference("sources/other.md", "Credentials"),
        },
        "tf" => new Question("Q-3", QuestionKind.TrueFalse, "HITs need a state license.", ["True", "False"], ["False"]) { Status = QuestionStatus.Rejected },
        "cloze" => new Question("Q-4", QuestionKind.Cloze, "HITs work with _____ on computers.", [], ["electronic health records", "EHRs"]),
        _ => new Question("Q-5", QuestionKind.NotListed, "Which is NOT a listed duty?", ["Enter and code patient data", "Diagnose patients"], ["Diagnose patients"]),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_written_question_reads_back_the_same(string kind)
    {
        var original = Sample(kind);

        var quiz = QuizFileParser.Parse("out.quiz.md", QuizFileWriter.Write("Round trip", DefaultSource, [original]));

        Assert.Empty(quiz.Problems);
        var read = Assert.Single(quiz.Questions);
        Assert.Equal((original.Id, original.Kind, original.Stem), (read.Id, read.Kind, read.Stem));
        Assert.Equal(original.Options, read.Options);
        Assert.Equal(original.Answers, read.Answers);
        Assert.Equal((original.Topic, original.Explanation, original.Status), (read.Topic, read.Explanation, read.Status));
        Assert.Equal(original.Source, read.Source is null ? null : read.Source with { Origin = null, EvidenceOrigin = null });
    }

    [Fact]
    public void The_header_is_written_and_read_back()
    {
        var quiz = QuizFileParser.Parse("out.quiz.md", QuizFileWriter.Write("Round trip", DefaultSource, []));

        Assert.Equal(("Round trip", DefaultSource), (quiz.Title, quiz.DefaultSource));
    }

    [Fact]
    public void A_source_in_the_default_document_is_written_without_the_document()
    {
        var text = QuizFileWriter.Write(null, DefaultSource, [Sample("mc")]);

        Assert.Contains("\nSource: Educational Requirements, line 44\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cloze_blank_is_written_with_all_accepted_answers()
    {
        var text = QuizFileWriter.Write(null, null, [Sample("cloze")]);

        Assert.Contains("HITs work with [[electronic health records|EHRs]] on computers.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_together_reads_back_in_order()
    {
        var questions = KindNames.Select(Sample).ToList();

        var quiz = QuizFileParser.Parse("out.quiz.md", QuizFileWriter.Write(null, DefaultSource, questions));

        Assert.Equal(questions.Select(q => q.Id), quiz.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Writing_to_a_writer_gives_the_same_text_as_the_whole_file()
    {
        var questions = KindNames.Select(Sample).ToList();
        using var writer = new StringWriter();

        QuizFileWriter.WriteTo(writer, "Streamed", DefaultSource, questions);

        Assert.Equal(QuizFileWriter.Write("Streamed", DefaultSource, questions), writer.ToString());
        Assert.Equal(KindNames.Length, QuizFileParser.Parse("out.quiz.md", writer.ToString()).Questions.Count);
    }

    [Fact]
    public void A_line_break_inside_a_value_is_written_as_a_space()
    {
        var question = new Question("Q-9", QuestionKind.TrueFalse, "Jobs will\ngrow.", ["True", "False"], ["True"]) { Explanation = "Line one.\r\nLine two." };

        var read = Assert.Single(QuizFileParser.Parse("out.quiz.md", QuizFileWriter.Write(null, null, [question])).Questions);

        Assert.Equal(("Jobs will grow.", "Line one. Line two."), (read.Stem, read.Explanation));
    }

    [Fact]
    public void A_value_is_written_trimmed_and_its_blank_lines_are_left_out()
    {
        var question = new Question("Q-8", QuestionKind.MultipleChoice, "  Which body accredits programs?\t", [" CAHIIM ", "AHIMA"], [" CAHIIM "])
        {
            Explanation = "\n  Line one.  \n\n \r\n  Line two.\n",
        };

        var text = QuizFileWriter.Write(null, null, [question]);

        Assert.Contains("\nWhich body accredits programs?\n- [x] CAHIIM\n- [ ] AHIMA\nWhy: Line one. Line two.\n", text, StringComparison.Ordinal);
    }
}
