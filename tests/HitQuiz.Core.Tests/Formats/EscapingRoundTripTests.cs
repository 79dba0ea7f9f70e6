using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

/// <summary>Questions whose texts hold the characters an export format gives a meaning come back from import unchanged.</summary>
public sealed class EscapingRoundTripTests
{
    [Fact]
    public void A_cloze_answer_with_an_equals_sign_survives_a_Moodle_XML_round_trip()
    {
        var cloze = new Question("EQ-1", QuestionKind.Cloze, "In the formula, _____ holds.", [], ["x = y", "x=y"]);

        var back = MoodleXmlParser.Parse("t.xml", MoodleXmlWriter.Write([cloze]));

        Assert.Empty(back.Problems);
        Assert.Equal(Sameness.Of(cloze), Sameness.Of(back.Questions.Single()));
    }

    [Fact]
    public void A_cloze_answer_with_an_apostrophe_or_an_accent_survives_a_Moodle_XML_round_trip()
    {
        var cloze = new Question("EQ-2", QuestionKind.Cloze, "The _____ serves coffee.", [], ["caf\u00e9", "O'Brien's"]);

        var back = MoodleXmlParser.Parse("t.xml", MoodleXmlWriter.Write([cloze]));

        Assert.Empty(back.Problems);
        Assert.Equal(Sameness.Of(cloze), Sameness.Of(back.Questions.Single()));
    }

    [Fact]
    public void A_cloze_text_quoting_Moodle_s_embedded_answer_syntax_survives_a_Moodle_XML_round_trip()
    {
        var cloze = new Question("EQ-3", QuestionKind.Cloze, "Moodle writes a blank as {1:SHORTANSWER:=answer}; this one is _____.", [], ["{1:NUMERICAL:=2}"]);

        var back = MoodleXmlParser.Parse("t.xml", MoodleXmlWriter.Write([cloze]));

        Assert.Empty(back.Problems);
        Assert.Equal(Sameness.Of(cloze), Sameness.Of(back.Questions.Single()));
    }

    [Fact]
    public void Texts_starting_with_something_like_a_tag_survive_a_QTI_1_2_round_trip()
    {
        var question = new Question("LT-1", QuestionKind.MultipleChoice, "<title> & <meta> go in which element?", ["<head> & co", "<body>"], ["<head> & co"])
        {
            Explanation = "<head> holds them.",
        };

        var back = RoundTrip("qti12", [question]);

        Assert.Empty(back.Problems);
        Assert.Equal(Sameness.Of(question), Sameness.Of(back.Questions.Single()));
    }

    [Fact]
    public void A_question_text_starting_with_a_GIFT_format_tag_survives_a_GIFT_round_trip()
    {
        var question = new Question("FT-1", QuestionKind.TrueFalse, "[html] marks a GIFT question written in HTML.", ["True", "False"], ["True"]);

        var back = RoundTrip("gift", [question]);

        Assert.Empty(back.Problems);
        Assert.Equal(Sameness.Of(question), Sameness.Of(back.Questions.Single()));
    }

    [Fact]
    public void Answers_starting_with_a_percentage_between_percent_signs_survive_a_GIFT_round_trip()
    {
        List<Question> questions =
        [
            new("PC-1", QuestionKind.MultipleChoice, "Which note is right?", ["%5% rule applies", "%10% rule applies", "No rule"], ["%5% rule applies"]),
            new("PC-2", QuestionKind.Cloze, "The note reads _____.", [], ["%50%", "%50% off"]),
            new("PC-3", QuestionKind.Matching, "Match each note.", ["%5% note", "%10% note"], ["five", "ten"]) { Choices = ["five", "ten"] },
        ];

        var back = RoundTrip("gift", questions);

        Assert.Empty(back.Problems);
        Assert.Equal(questions.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
    }

    private static ImportResult RoundTrip(string format, IReadOnlyList<Question> questions) => format switch
    {
        "gift" => GiftParser.Parse("t.gift", GiftWriter.Write(questions)),
        "moodle-xml" => MoodleXmlParser.Parse("t.xml", MoodleXmlWriter.Write(questions)),
        _ => Qti12Parser.Parse("t.xml", Qti12Writer.Write(questions, "t").Single(f => f.Path == Qti12Writer.AssessmentPath).Text),
    };
}
