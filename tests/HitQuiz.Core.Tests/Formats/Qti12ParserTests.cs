using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

public sealed class Qti12ParserTests
{
    private static readonly ImportResult Canvas = Fixtures.Import("canvas-quiz.xml");

    private static Question Item(string stemStart) => Canvas.Questions.Single(q => q.Stem.StartsWith(stemStart, StringComparison.Ordinal));

    [Fact]
    public void A_QTI_file_is_told_from_Moodle_XML_by_its_content()
    {
        Assert.Equal(ImportFormat.Qti12, QuestionImporter.Detect("quiz.xml", Fixtures.Text("canvas-quiz.xml")));
        Assert.Equal(ImportFormat.MoodleXml, QuestionImporter.Detect("bank.xml", Fixtures.Text("moodle-bank.xml")));
    }

    [Fact]
    public void A_multiple_choice_item_keeps_its_options_its_key_and_its_feedback_made_plain()
    {
        var q = Item("Which rule protects");

        Assert.Equal((QuestionKind.MultipleChoice, "Which rule protects the privacy of PHI?"), (q.Kind, q.Stem));
        Assert.Equal(["Security Rule", "Privacy Rule", "Breach Notification Rule"], q.Options);
        Assert.Equal(["Privacy Rule"], q.Answers);
        Assert.Equal("The Privacy Rule sets the standards for PHI. \"Security Rule\": It covers electronic PHI safeguards.", q.Explanation);
        Assert.Equal("Privacy and coding", q.Topic);
    }

    [Fact]
    public void True_false_and_multiple_answers_items_keep_their_keys()
    {
        var tf = Item("HIPAA was enacted");
        var multi = Item("Which are HIPAA identifiers?");

        Assert.Equal((QuestionKind.TrueFalse, "True"), (tf.Kind, tf.Answers.Single()));
        Assert.Equal(QuestionKind.MultipleResponse, multi.Kind);
        Assert.Equal(["Name", "Social Security number"], multi.Answers);
        Assert.Equal("canvas-quiz-identifiers", multi.Id);
    }

    [Fact]
    public void A_short_answer_becomes_a_cloze_with_a_blank_accepting_every_answer()
    {
        var q = Item("The acronym for protected");

        Assert.Equal(QuestionKind.Cloze, q.Kind);
        Assert.Equal("The acronym for protected health information is _____", q.Stem);
        Assert.Equal(["PHI", "P.H.I."], q.Answers);
    }

    [Theory]
    [InlineData("How many days", "30:1")]
    [InlineData("How many years", "1.5..3")]
    public void A_numerical_item_keeps_its_accepted_range(string stemStart, string accepted)
    {
        var q = Item(stemStart);

        Assert.Equal(QuestionKind.Numerical, q.Kind);
        Assert.Equal([accepted], q.Answers);
    }

    [Fact]
    public void A_matching_item_pairs_each_item_with_its_choice_and_offers_every_choice()
    {
        var q = Item("Match each code set");

        Assert.Equal(QuestionKind.Matching, q.Kind);
        Assert.Equal(["ICD-10-CM", "CPT"], q.Options);
        Assert.Equal(["diagnoses", "outpatient procedures"], q.Answers);
        Assert.Equal(["diagnoses", "drugs", "outpatient procedures", "supplies"], q.Choices.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Items_the_trainer_cannot_ask_are_reported_with_their_line_and_the_rest_import()
    {
        var problems = Canvas.Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(7, Canvas.Questions.Count);
        Assert.Contains(problems, p => p.StartsWith("canvas-quiz.xml:", StringComparison.Ordinal) && p.Contains("essay question \"Reflection\" cannot be practised (nothing to grade); skipped.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("fill in multiple blanks question \"Two blanks\" cannot be practised", StringComparison.Ordinal));
        Assert.All(Canvas.Problems, p => Assert.False(p.IsError));
    }

    [Fact]
    public void The_shipped_bank_exported_to_QTI_1_2_imports_as_the_same_items()
    {
        var bank = Fixtures.ShippedBank().Questions;

        var back = Qti12Parser.Parse("bank.xml", Qti12Writer.Write(bank, "Bank").Single(f => f.Path == Qti12Writer.AssessmentPath).Text);

        Assert.Empty(back.Problems);
        Assert.Equal(bank.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
    }

    [Fact]
    public void Imported_items_of_every_kind_survive_a_QTI_1_2_round_trip()
    {
        List<Question> imported = [.. Fixtures.Import("every-construct.gift").Questions, .. Fixtures.Import("moodle-bank.xml").Questions];

        var back = Qti12Parser.Parse("again.xml", Qti12Writer.Write(imported, "Again").Single(f => f.Path == Qti12Writer.AssessmentPath).Text);

        Assert.Empty(back.Problems);
        Assert.Equal(imported.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
    }

    [Fact]
    public void Without_general_feedback_the_feedback_for_a_wrong_answer_is_the_explanation_and_scores_above_zero_are_keys()
    {
        const string blackboard = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE questestinterop SYSTEM "ims_qtiasiv1p2.dtd">
            <questestinterop><assessment title="Unit 4"><section ident="s1" title="Coding basics">
              <item title="Q1" ident="q1">
                <presentation><flow>
                  <material><mattext>Which code set is used for inpatient procedures?</mattext></material>
                  <response_lid ident="resp" rcardinality="Single"><render_choice>
                    <flow_label><response_label ident="a"><flow_mat><material><mattext>ICD-10-PCS</mattext></material></flow_mat></response_label></flow_label>
                    <flow_label><response_label ident="b"><flow_mat><material><mattext>CPT</mattext></material></flow_mat></response_label></flow_label>
                  </render_choice></response_lid>
                </flow></presentation>
                <resprocessing>
                  <respcondition><conditionvar><varequal respident="resp">a</varequal></conditionvar><setvar action="Set">10</setvar><displayfeedback linkrefid="correct"/></respcondition>
                  <respcondition><conditionvar><other/></conditionvar><setvar action="Set">0</setvar><displayfeedback linkrefid="incorrect"/></respcondition>
                </resprocessing>
                <itemfeedback ident="correct"><flow_mat><material><mattext>Right.</mattext></material></flow_mat></itemfeedback>
                <itemfeedback ident="incorrect"><flow_mat><material><mattext>ICD-10-PCS codes inpatient procedures.</mattext></material></flow_mat></itemfeedback>
              </item>
            </section></assessment></questestinterop>
            """;

        var q = Assert.Single(Qti12Parser.Parse("unit4.xml", blackboard).Questions);

        Assert.Equal((QuestionKind.MultipleChoice, "Coding basics"), (q.Kind, q.Topic));
        Assert.Equal(["ICD-10-PCS"], q.Answers);
        Assert.Equal("ICD-10-PCS codes inpatient procedures.", q.Explanation);
        Assert.Equal("unit4-q1", q.Id);
    }

    [Fact]
    public void A_file_that_is_not_well_formed_or_not_QTI_is_one_error_at_its_line()
    {
        var broken = Qti12Parser.Parse("x.xml", "<questestinterop>\n<item>\n</questestinterop>");
        var other = Qti12Parser.Parse("y.xml", "<?xml version=\"1.0\"?>\n<quiz/>");

        Assert.StartsWith("x.xml:3: the XML is not well-formed", Assert.Single(broken.Problems).ToString(), StringComparison.Ordinal);
        Assert.Equal("y.xml:2: this XML is not a QTI 1.2 file: its root element is <quiz>, not <questestinterop>.", Assert.Single(other.Problems).ToString());
    }
}
