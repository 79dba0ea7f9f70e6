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
}
