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

    private static ImportResult RoundTrip(string format, IReadOnlyList<Question> questions) => format switch
    {
        "gift" => GiftParser.Parse("t.gift", GiftWriter.Write(questions)),
        "moodle-xml" => MoodleXmlParser.Parse("t.xml", MoodleXmlWriter.Write(questions)),
        _ => Qti12Parser.Parse("t.xml", Qti12Writer.Write(questions, "t").Single(f => f.Path == Qti12Writer.AssessmentPath).Text),
    };
}
