using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

public sealed class MoodleXmlParserTests
{
    private const string File = "moodle-bank.xml";

    private static Question Q(string slug) => Fixtures.Question(File, "moodle-bank-" + slug);

    [Theory]
    [InlineData("claim-form", QuestionKind.MultipleChoice, "Which form do hospitals use to bill institutional claims?", "UB-04|CMS-1500|Neither & both", "UB-04")]
    [InlineData("code-sets", QuestionKind.MultipleResponse, "Which are HIPAA code sets?", "ICD-10-CM|CPT|DSM-5", "ICD-10-CM|CPT")]
    [InlineData("licence", QuestionKind.TrueFalse, "HITs must hold a state licence.", "True|False", "False")]
    [InlineData("drg", QuestionKind.Cloze, "Medicare pays inpatient stays by _____ (the three-letter acronym).", "", "DRG|MS-DRG")]
    [InlineData("days", QuestionKind.Numerical, "Within how many days must a covered entity answer an access request?", "", "30")]
    [InlineData("forms", QuestionKind.Matching, "Match each claim form with its setting.", "UB-04|CMS-1500", "Hospital|Physician office")]
    public void Each_Moodle_XML_question_type_imports_as_the_matching_kind(string slug, QuestionKind kind, string stem, string options, string answers)
    {
        var question = Q(slug);

        Assert.Equal(kind, question.Kind);
        Assert.Equal(stem, question.Stem);
        Assert.Equal(options.Length == 0 ? [] : options.Split('|'), question.Options);
        Assert.Equal(answers.Split('|'), question.Answers);
    }

    [Fact]
    public void A_cloze_text_with_two_blanks_becomes_one_question_per_blank()
    {
        Assert.Equal("A claim is _____ to the payer, which sends back a remittance advice.", Q("cycle-1").Stem);
        Assert.Equal(QuestionKind.MultipleChoice, Q("cycle-2").Kind);
        Assert.Equal("A claim is submitted to the payer, which sends back a _____.", Q("cycle-2").Stem);
    }

    [Fact]
    public void A_cloze_blank_reads_its_alternatives_as_Moodle_does()
    {
        var xml = "<quiz><question type=\"cloze\"><name><text>Eq</text></name><questiontext format=\"html\"><text><![CDATA["
            + "<p>Balance: {1:SHORTANSWER:=x=y#it&#39;s right~%50%x#half~=O&#39;Brien\\#1~%100%=z}</p>]]></text></questiontext></question></quiz>";

        var question = MoodleXmlParser.Parse("t.xml", xml).Questions.Single();

        Assert.Equal(["x=y", "O'Brien#1", "=z"], question.Answers);
        Assert.Contains("\"x=y\": it's right", question.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cloze_weight_in_digits_other_than_ASCII_is_part_of_the_alternative_as_Moodle_reads_it()
    {
        var xml = "<quiz><question type=\"cloze\"><name><text>W</text></name><questiontext format=\"html\"><text><![CDATA["
            + "<p>Pick {1:MULTICHOICE:~%\u0661\u0660\u0660%A~%0%B~=C}</p>]]></text></questiontext></question></quiz>";

        var question = MoodleXmlParser.Parse("t.xml", xml).Questions.Single();

        Assert.Equal(["%\u0661\u0660\u0660%A", "B", "C"], question.Options);
        Assert.Equal(["C"], question.Answers);
    }

    [Fact]
    public void General_feedback_html_becomes_a_plain_explanation()
    {
        Assert.StartsWith("Hospitals bill on the UB-04 & physicians on the CMS-1500.", Q("claim-form").Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<shuffleanswers>0</shuffleanswers>", true)]
    [InlineData("<shuffleanswers>false</shuffleanswers>", true)]
    [InlineData("<shuffleanswers>1</shuffleanswers>", false)]
    [InlineData("", false)]
    public void A_question_that_turns_shuffling_off_keeps_its_options_in_order(string shuffle, bool keeps)
    {
        var xml = $"""
            <quiz><question type="multichoice"><name><text>Q</text></name><questiontext><text>Which?</text></questiontext>
            {shuffle}<answer fraction="100"><text>A</text></answer><answer fraction="0"><text>B</text></answer><answer fraction="0"><text>C</text></answer>
            </question></quiz>
            """;

        Assert.Equal(keeps, MoodleXmlParser.Parse("t.xml", xml).Items.Single().KeepsOrder);
    }

    [Fact]
    public void The_category_becomes_the_topic()
    {
        Assert.Equal("Revenue Cycle", Q("claim-form").Topic);
    }

    [Fact]
    public void The_first_tag_is_the_topic_when_there_is_no_category()
    {
        var xml = "<quiz><question type=\"truefalse\"><name><text>T</text></name><questiontext><text>Is PHI protected?</text></questiontext>"
            + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
            + "<tags><tag><text>privacy</text></tag></tags></question></quiz>";

        Assert.Equal("privacy", MoodleXmlParser.Parse("t.xml", xml).Questions.Single().Topic);
    }

    [Theory]
    [InlineData(80, "warning: essay question \"Denials\" cannot be practised; skipped.")]
    [InlineData(85, "warning: description question \"Section intro\" cannot be practised; skipped.")]
    [InlineData(52, "warning: short answer question \"DRG\": the partial-credit answer \"APC\" (50%) is not accepted")]
    public void Unsupported_items_are_reported_with_their_line(int line, string message)
    {
        Assert.Contains(Fixtures.Import(File).Problems, p => p.ToString().StartsWith($"{File}:{line}: {message}", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_XML_is_reported_with_its_line()
    {
        var result = MoodleXmlParser.Parse("bad.xml", "<quiz>\n<question type=\"truefalse\">\n</quiz>");

        Assert.StartsWith("bad.xml:3: the XML is not well-formed", Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_entities_never_expand()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<quiz>&b;</quiz>";

        var result = MoodleXmlParser.Parse("dtd.xml", xml);

        Assert.Empty(result.Questions);
        Assert.Contains("not well-formed", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_XML_file_that_is_not_a_Moodle_quiz_is_reported()
    {
        Assert.Contains("not a Moodle question file", MoodleXmlParser.Parse("x.xml", "<html/>").Problems.Single().Message, StringComparison.Ordinal);
    }
}
