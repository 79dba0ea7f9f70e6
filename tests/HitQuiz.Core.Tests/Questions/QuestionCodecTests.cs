using HitQuiz.Core.Tests.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public class QuestionCodecTests
{
    private static List<Question> RoundTrip(IReadOnlyList<Question> questions)
    {
        using var stream = new MemoryStream();
        QuestionCodec.Write(stream, questions);
        stream.Position = 0;
        return QuestionCodec.Read(stream);
    }

    internal static void AssertSame(Question expected, Question actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Stem, actual.Stem);
        Assert.Equal(expected.Options, actual.Options);
        Assert.Equal(expected.Answers, actual.Answers);
        Assert.Equal(expected.Choices, actual.Choices);
        Assert.Equal(expected.Topic, actual.Topic);
        Assert.Equal(expected.Explanation, actual.Explanation);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Source, actual.Source);
    }

    [Fact]
    public void Every_generated_question_of_the_shipped_article_reads_back_field_for_field()
    {
        var generated = TestSources.ShippedQuestions.Questions.Select(g => g.Question).ToList();

        var read = RoundTrip(generated);

        Assert.Equal(generated.Count, read.Count);
        for (var i = 0; i < generated.Count; i++)
        {
            AssertSame(generated[i], read[i]);
        }
    }

    [Fact]
    public void Matching_numerical_and_sourceless_questions_read_back_with_their_choices_topics_and_missing_fields()
    {
        Question[] questions =
        [
            new("m1", QuestionKind.Matching, "Match them.", ["RHIT", "RHIA"], ["technician", "administrator"])
            {
                Choices = ["administrator", "coder", "technician"], Topic = "Credentials", Status = QuestionStatus.Draft,
            },
            new("n1", QuestionKind.Numerical, "What year?", [], ["1928:2"]) { Explanation = "AHIMA's founding." },
            new("c1", QuestionKind.Cloze, "An ____.", [], ["RHIT", "R.H.I.T."])
            {
                Source = new SourceReference("sources/a.txt", "Certification", Line: null, Evidence: null),
            },
        ];

        var read = RoundTrip(questions);

        Assert.Equal(3, read.Count);
        for (var i = 0; i < questions.Length; i++)
        {
            AssertSame(questions[i], read[i]);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(40)]
    public void A_list_cut_short_is_invalid_data(int keep)
    {
        using var whole = new MemoryStream();
        QuestionCodec.Write(whole, TestSources.ShippedQuestions.Questions.Select(g => g.Question).Take(2).ToList());

        using var cut = new MemoryStream(whole.ToArray()[..keep]);

        Assert.Throws<InvalidDataException>(() => QuestionCodec.Read(cut));
    }

    [Fact]
    public void Bytes_it_did_not_write_are_invalid_data()
    {
        using var text = new MemoryStream("## q1 [tf]\nAnswer: true\n"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => QuestionCodec.Read(text));
    }

    [Fact]
    public void An_unknown_kind_is_invalid_data()
    {
        using var stream = new MemoryStream();
        QuestionCodec.Write(stream, [new Question("t1", QuestionKind.TrueFalse, "Yes?", ["True", "False"], ["True"])]);
        var bytes = stream.ToArray();
        var kindAt = 4 + 4 + 4 + 1 + "t1".Length; // magic, version, count, then the id's length byte and text
        bytes[kindAt] = 200;

        Assert.Throws<InvalidDataException>(() => QuestionCodec.Read(new MemoryStream(bytes)));
    }
}
