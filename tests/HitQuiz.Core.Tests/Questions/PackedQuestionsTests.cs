using HitQuiz.Core.Tests.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public class PackedQuestionsTests
{
    private const string Authored = """
        # Quiz: Credentials
        Source file: sources/a.txt

        ## Q-1 [mc]
        Topic: Credentials
        Source: Certification, line 4
        Evidence: The RHIT exam has 150 questions.
        How many questions does the RHIT exam have?
        - [ ] 100
        - [x] 150
        - [ ] 200
        Why: The exam has 150 scored and pretest items.

        ## Q-2 [match]
        Match each credential with the organization that awards it.
        - RHIT -> AHIMA
        - CPC -> AAPC
        - -> CAHIIM
        """;

    private static List<Question> Shipped => [.. TestSources.ShippedQuestions.Questions.Select(g => g.Question)];

    [Fact]
    public void Every_generated_question_of_the_shipped_article_unpacks_field_for_field()
    {
        var packed = PackedQuestions.Of(Shipped);

        Assert.Equal(Shipped.Count, packed.Count);
        for (var i = 0; i < packed.Count; i++)
        {
            QuestionCodecTests.AssertSame(Shipped[i], packed[i]);
        }
    }

    [Fact]
    public void Questions_read_from_a_file_unpack_with_the_lines_they_were_written_on()
    {
        var parsed = QuizFileParser.Parse("q1.quiz.md", Authored).Questions;
        Assert.Equal(2, parsed.Count);

        var packed = PackedQuestions.Of(parsed);

        for (var i = 0; i < parsed.Count; i++)
        {
            QuestionCodecTests.AssertSame(parsed[i], packed[i]);
            Assert.Equal(parsed[i].Origin, packed[i].Origin);
        }

        Assert.Equal(new FileLocation("q1.quiz.md", 6), packed[0].Source!.Origin);
        Assert.Equal(new FileLocation("q1.quiz.md", 7), packed[0].Source!.EvidenceOrigin);
    }

    [Fact]
    public void Reading_a_question_again_gives_the_same_object()
    {
        var packed = PackedQuestions.Of(Shipped);

        Assert.Same(packed[3], packed[3]);
    }

    [Fact]
    public void The_summary_of_each_question_is_what_the_question_itself_says()
    {
        var packed = PackedQuestions.Of(Shipped);

        Assert.Equal(Shipped.Select(QuestionSummary.Of), Enumerable.Range(0, packed.Count).Select(packed.SummaryAt));
        Assert.Equal(Shipped.Select(q => q.Id), Enumerable.Range(0, packed.Count).Select(packed.IdAt));
    }

    [Fact]
    public void A_list_sharing_the_pages_copies_positions_and_reads_the_same_questions()
    {
        var packed = PackedQuestions.Of(Shipped);
        var reversed = PackedQuestions.Sharing(packed);
        for (var i = packed.Count - 1; i >= 0; i--)
        {
            reversed.AddFrom(packed, i);
        }

        reversed.Add(new Question("extra", QuestionKind.TrueFalse, "Added later?", ["True", "False"], ["True"]));

        Assert.Equal(packed.Count + 1, reversed.Count);
        Assert.Equal(Shipped.Select(q => q.Id).Reverse().Append("extra"), reversed.Select(q => q.Id));
        QuestionCodecTests.AssertSame(Shipped[0], reversed[packed.Count - 1]);
    }

    [Fact]
    public void A_range_added_from_a_list_sharing_the_pages_or_from_another_list_reads_back_as_the_same_questions()
    {
        var packed = PackedQuestions.Of(Shipped);
        var sharing = PackedQuestions.Sharing(packed);
        var other = new PackedQuestions();
        sharing.EnsureCapacity(6);

        sharing.AddRangeFrom(packed, 2, 5);
        other.AddRangeFrom(packed, 2, 5);
        sharing.AddRangeFrom(packed, 0, 0);

        Assert.Equal(5, sharing.Count);
        Assert.Equal(Shipped.Skip(2).Take(5).Select(q => q.Id), sharing.Select(q => q.Id));
        Assert.Equal(Shipped.Skip(2).Take(5).Select(q => q.Id), other.Select(q => q.Id));
        for (var i = 0; i < 5; i++)
        {
            QuestionCodecTests.AssertSame(Shipped[i + 2], sharing[i]);
            QuestionCodecTests.AssertSame(Shipped[i + 2], other[i]);
        }
    }

    [Fact]
    public void Questions_written_by_position_read_back_in_that_order_in_pages_holding_nothing_else()
    {
        var longStem = new string('x', 70_000) + "?";
        var packed = PackedQuestions.Of([.. Shipped, new Question("long", QuestionKind.Cloze, longStem, [], ["x"])]);
        using var stream = new MemoryStream();

        packed.WriteTo(stream, [5, packed.Count - 1, 1, 3]);
        stream.Position = 0;
        var read = PackedQuestions.ReadFrom(stream);
        read.Add(Shipped[7]);

        Assert.Equal(new[] { Shipped[5].Id, "long", Shipped[1].Id, Shipped[3].Id, Shipped[7].Id }, read.Select(q => q.Id));
        QuestionCodecTests.AssertSame(Shipped[5], read[0]);
        Assert.Equal(longStem, read[1].Stem);
        QuestionCodecTests.AssertSame(Shipped[1], read[2]);
        QuestionCodecTests.AssertSame(Shipped[3], read[3]);
        QuestionCodecTests.AssertSame(Shipped[7], read[4]);
        Assert.Equal(packed.SummaryAt(5), read.SummaryAt(0));
        using var all = new MemoryStream();
        packed.WriteTo(all);
        using var others = new MemoryStream();
        packed.WriteTo(others, [.. Enumerable.Range(0, packed.Count).Except([5, packed.Count - 1, 1, 3])]);
        Assert.True(stream.Length < all.Length - others.Length + 2_000, $"{stream.Length} bytes for four of the questions, {all.Length} for all");
    }

    [Fact]
    public void Many_questions_and_one_longer_than_a_page_read_back_in_order()
    {
        var longStem = new string('x', 100_000) + "?";
        var questions = Enumerable.Range(0, 3_000)
            .Select(i => new Question($"q{i}", QuestionKind.Cloze, i == 1_500 ? longStem : $"Stem {i} ____.", [], [$"answer {i}"]))
            .ToList();

        var packed = PackedQuestions.Of(questions);

        Assert.Equal(questions.Select(q => (q.Id, q.Stem, q.Answers[0])), packed.Select(q => (q.Id, q.Stem, q.Answers[0])));
    }

    private static List<Question> Mixed()
    {
        var parsed = QuizFileParser.Parse("q1.quiz.md", Authored).Questions;
        var longStem = new Question("L-1", QuestionKind.TrueFalse, new string('x', 70_000) + ".", ["True", "False"], ["True"]);
        return [.. Shipped, .. parsed, longStem, .. Shipped.Take(5).Select(q => q with { Id = q.Id + "-copy" })];
    }

    private static PackedQuestions RoundTrip(PackedQuestions packed)
    {
        using var stream = new MemoryStream();
        packed.WriteTo(stream);
        stream.Position = 0;
        return PackedQuestions.ReadFrom(stream);
    }

    [Fact]
    public void A_packed_bank_written_and_read_back_holds_the_same_questions_and_summaries()
    {
        var questions = Mixed();
        var packed = PackedQuestions.Of(questions);

        var read = RoundTrip(packed);

        Assert.Equal(packed.Count, read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            QuestionCodecTests.AssertSame(questions[i], read[i]);
            Assert.Equal(packed.SummaryAt(i), read.SummaryAt(i));
            Assert.Equal(packed.EvidenceKeyAt(i), read.EvidenceKeyAt(i));
        }
    }

    [Fact]
    public void A_bank_read_back_takes_more_questions_in_its_pages_and_in_lists_sharing_them()
    {
        var read = RoundTrip(PackedQuestions.Of(Shipped.Take(3)));
        var merged = PackedQuestions.Sharing(read);

        read.Add(Shipped[3]);
        merged.AddFrom(read, 0);
        merged.Add(Shipped[4]);

        QuestionCodecTests.AssertSame(Shipped[3], read[3]);
        QuestionCodecTests.AssertSame(Shipped[0], merged[0]);
        QuestionCodecTests.AssertSame(Shipped[4], merged[1]);
    }

    [Theory]
    [InlineData(0)] // the page count
    [InlineData(4)] // the first page's size
    public void A_written_bank_claiming_more_pages_or_a_larger_page_than_its_bytes_hold_is_refused(int offset)
    {
        using var stream = new MemoryStream();
        PackedQuestions.Of(Shipped).WriteTo(stream);
        var bytes = stream.ToArray();
        byte[] damaged = [.. bytes[..offset], 0x00, 0x00, 0x00, 0x10, .. bytes[(offset + 4)..]];

        Assert.Throws<InvalidDataException>(() => PackedQuestions.ReadFrom(new MemoryStream(damaged)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(100)]
    public void A_written_bank_cut_short_or_damaged_is_refused_as_invalid_data(int keep)
    {
        using var stream = new MemoryStream();
        PackedQuestions.Of(Shipped).WriteTo(stream);
        var bytes = stream.ToArray();
        var damaged = keep == 100 ? [.. bytes[..8], 0xFF, 0xFF, 0xFF, 0x7F, .. bytes[12..]] : bytes[..keep];

        Assert.Throws<InvalidDataException>(() => PackedQuestions.ReadFrom(new MemoryStream(damaged)));
    }

    [Fact]
    public void Reading_past_the_end_is_an_error()
    {
        var packed = PackedQuestions.Of(Shipped.Take(2));

        Assert.Throws<ArgumentOutOfRangeException>(() => packed[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => packed[-1]);
    }
}
