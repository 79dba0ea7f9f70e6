using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class QuizFileParserTests
{
    private const string Header = "# Quiz: Health information\nSource file: sources/hit.txt\n";

    private static Question Single(string body)
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", Header + body);
        Assert.Empty(quiz.Problems);
        return Assert.Single(quiz.Questions);
    }

    [Fact]
    public void The_title_and_default_source_come_from_the_header()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", Header);

        Assert.Equal("Health information", quiz.Title);
        Assert.Equal("sources/hit.txt", quiz.DefaultSource);
        Assert.Equal(2, quiz.DefaultSourceLine);
    }

    [Fact]
    public void A_tab_in_a_question_reads_as_a_space_so_screens_never_show_it()
    {
        var q = Single("## Q-1 [mc]\nWhich\tbody accredits\tprograms?\n-\t[ ] AHIMA\n- [x]\tCAHIIM\n- [ ] The\tBLS\n");

        Assert.Equal("Which body accredits programs?", q.Stem);
        Assert.Equal(["AHIMA", "CAHIIM", "The BLS"], q.Options);
        Assert.Equal(["CAHIIM"], q.Answers);
    }

    [Fact]
    public void A_multiple_choice_question_keeps_its_options_in_order_and_its_key()
    {
        var q = Single("## Q-1 [mc]\nWhich body accredits programs?\n- [ ] AHIMA\n- [x] CAHIIM\n- [ ] BLS\n");

        Assert.Equal(("Q-1", QuestionKind.MultipleChoice), (q.Id, q.Kind));
        Assert.Equal("Which body accredits programs?", q.Stem);
        Assert.Equal(["AHIMA", "CAHIIM", "BLS"], q.Options);
        Assert.Equal(["CAHIIM"], q.Answers);
    }

    [Fact]
    public void A_multiple_response_question_has_every_marked_option_as_an_answer()
    {
        var q = Single("## Q-1 [multi]\nWhich are AHIMA credentials?\n- [x] CCS\n- [ ] CPC\n- [X] CHDA\n");

        Assert.Equal(["CCS", "CHDA"], q.Answers);
    }

    [Theory]
    [InlineData("true", "True")]
    [InlineData("False", "False")]
    public void A_true_false_question_has_true_and_false_options_and_its_answer(string written, string answer)
    {
        var q = Single($"## Q-1 [tf]\nHITs must be licensed by the state.\nAnswer: {written}\n");

        Assert.Equal(["True", "False"], q.Options);
        Assert.Equal([answer], q.Answers);
    }

    [Fact]
    public void A_cloze_question_shows_its_blank_and_accepts_every_alternative()
    {
        var q = Single("## Q-1 [cloze]\nHITs work with [[electronic health records|EHRs]] on computers.\nAnswer: EHR | ehrs\n");

        Assert.Equal("HITs work with _____ on computers.", q.Stem);
        Assert.Empty(q.Options);
        Assert.Equal(["electronic health records", "EHRs", "EHR"], q.Answers);
    }

    [Fact]
    public void A_not_listed_question_has_the_unlisted_option_as_its_answer()
    {
        var q = Single("## Q-1 [not]\nWhich is NOT a listed duty?\n- [ ] Enter and code patient data\n- [x] Diagnose patients\n");

        Assert.Equal(QuestionKind.NotListed, q.Kind);
        Assert.Equal(["Diagnose patients"], q.Answers);
    }

    [Fact]
    public void Every_field_is_read_into_the_question()
    {
        var q = Single("## Q-1 [tf]\nStatus: draft\nTopic: Licensing\nSource: Educational Requirements, line 50\n"
            + "Evidence: \"HITs don't need to be licensed with states.\"\nHITs need a state license.\nAnswer: false\nWhy: They do not.\n");

        Assert.Equal(QuestionStatus.Draft, q.Status);
        Assert.Equal("Licensing", q.Topic);
        Assert.Equal(new SourceReference("sources/hit.txt", "Educational Requirements", 50, "HITs don't need to be licensed with states."), q.Source! with { Origin = null, EvidenceOrigin = null });
        Assert.Equal("They do not.", q.Explanation);
    }

    [Fact]
    public void A_source_can_name_another_document_than_the_default()
    {
        var q = Single("## Q-1 [tf]\nSource: sources/other.md > Job Outlook\nJobs will grow.\nAnswer: true\n");

        Assert.Equal(("sources/other.md", "Job Outlook", (int?)null), (q.Source!.Document, q.Source.Section, q.Source.Line));
    }

    [Fact]
    public void The_source_and_evidence_remember_their_lines()
    {
        var q = Single("## Q-1 [tf]\nSource: Job Outlook\nEvidence: Jobs grow.\nJobs will grow.\nAnswer: true\n");

        Assert.Equal(new FileLocation("hit.quiz.md", 4), q.Source!.Origin);
        Assert.Equal(new FileLocation("hit.quiz.md", 5), q.Source.EvidenceOrigin);
    }

    [Fact]
    public void The_origin_is_the_heading_line()
    {
        var q = Single("\n<!-- a comment -->\n## Q-1 [tf]\nJobs will grow.\nAnswer: true\n");

        Assert.Equal(new FileLocation("hit.quiz.md", 5), q.Origin);
    }

    [Fact]
    public void A_stem_and_an_explanation_may_span_several_lines()
    {
        var q = Single("## Q-1 [tf]\nHealth information technicians\nneed a state license.\nAnswer: false\nWhy: They do not,\nbut they must uphold the law.\n");

        Assert.Equal("Health information technicians need a state license.", q.Stem);
        Assert.Equal("They do not, but they must uphold the law.", q.Explanation);
    }

    [Fact]
    public void Comments_may_span_lines_and_are_ignored()
    {
        var q = Single("## Q-1 [tf]\n<!-- reviewed:\nStatus: nonsense\n-->\nJobs will grow.\nAnswer: true\n");

        Assert.Equal("Jobs will grow.", q.Stem);
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_are_tolerated()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", "\uFEFF# Quiz: T\r\n\r\n## Q-1 [tf]\r\nJobs grow.\r\nAnswer: true\r\nSorce: x\r\n");

        Assert.Equal("T", quiz.Title);
        Assert.Equal("hit.quiz.md:6: unknown field \"Sorce:\"; did you mean \"Source:\"?", Assert.Single(quiz.Problems).ToString());
    }

    [Fact]
    public void Text_before_the_first_question_is_a_description()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", "# Quiz: T\nPractice for the licensing chapter.\n\n## Q-1 [tf]\nJobs grow.\nAnswer: true\n");

        Assert.Empty(quiz.Problems);
        Assert.Single(quiz.Questions);
    }

    [Theory]
    [InlineData("# Quiz: Notes\nSome prose about the licensing chapter.\n")]
    [InlineData("#Q-1 [tf]\nJobs grow.\nAnswer is true\n")]
    [InlineData("")]
    public void A_file_without_any_question_warns_that_it_holds_none(string text)
    {
        var quiz = QuizFileParser.Parse("notes.quiz.md", text);

        Assert.Empty(quiz.Questions);
        var problem = Assert.Single(quiz.Problems);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal("notes.quiz.md:1: warning: no questions in this file; each question starts with a line like \"## Q-0001 [mc]\".", problem.ToString());
    }

    [Fact]
    public void A_colon_inside_a_sentence_is_question_text_not_a_field()
    {
        var q = Single("## Q-1 [tf]\nTrue or false: jobs will grow.\nAnswer: true\n");

        Assert.Equal("True or false: jobs will grow.", q.Stem);
    }

    [Fact]
    public void A_question_with_an_error_is_left_out_and_the_others_are_kept()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", "## Q-1 [tf]\nJobs grow.\nAnswer: maybe\n\n## Q-2 [tf]\nJobs grow.\nAnswer: true\n");

        Assert.Equal("Q-2", Assert.Single(quiz.Questions).Id);
        Assert.True(quiz.HasErrors);
    }

    [Fact]
    public void A_warning_does_not_leave_the_question_out()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", "## Q-1 [mc]\nCertification is offered by an\n- [x] AHIMA\n- [ ] CAHIIM\n");

        Assert.Single(quiz.Questions);
        Assert.Equal(Severity.Warning, Assert.Single(quiz.Problems).Severity);
    }

    [Fact]
    public void Nonsense_input_gives_problems_without_throwing()
    {
        var quiz = QuizFileParser.Parse("x.quiz.md", "## [\n- [\n]]\n##\n- [x]\n[[\nAnswer:\n\0\n<!--");

        Assert.Empty(quiz.Questions);
        Assert.NotEmpty(quiz.Problems);
    }

    [Fact]
    public void A_hash_without_a_space_is_question_text()
    {
        var q = Single("## Q-1 [tf]\n#1 employers are hospitals.\nAnswer: true\n");

        Assert.Equal("#1 employers are hospitals.", q.Stem);
    }
}
