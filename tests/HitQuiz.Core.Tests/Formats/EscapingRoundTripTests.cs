using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

/// <summary>Questions whose texts hold the characters an export format gives a meaning come back from import unchanged.</summary>
public sealed class EscapingRoundTripTests
{
    // The formats that import reads back, each with the characters and sequences it gives a meaning.
    public static TheoryData<string, string> Specials => new()
    {
        { "gift", "~" }, { "gift", "=" }, { "gift", "#" }, { "gift", "{" }, { "gift", "}" }, { "gift", ":" }, { "gift", "\\" },
        { "gift", "::" }, { "gift", "####" }, { "gift", "\\n" }, { "gift", "//" }, { "gift", "[html]" }, { "gift", "%50%" },
        { "moodle-xml", "<" }, { "moodle-xml", ">" }, { "moodle-xml", "&" }, { "moodle-xml", "\"" }, { "moodle-xml", "'" },
        { "moodle-xml", "&amp;" }, { "moodle-xml", "<b>" }, { "moodle-xml", "caf\u00e9" }, { "moodle-xml", "=" }, { "moodle-xml", "~" },
        { "moodle-xml", "#" }, { "moodle-xml", "{" }, { "moodle-xml", "}" }, { "moodle-xml", "\\" }, { "moodle-xml", "%50%" },
        { "moodle-xml", "{1:SHORTANSWER:=x}" },
        { "qti12", "<" }, { "qti12", ">" }, { "qti12", "&" }, { "qti12", "\"" }, { "qti12", "'" }, { "qti12", "&amp;" },
        { "qti12", "<b>" }, { "qti12", "caf\u00e9" }, { "qti12", "]]>" },
    };

    [Theory]
    [MemberData(nameof(Specials))]
    public void Questions_of_every_kind_holding_a_format_s_special_characters_come_back_the_same(string format, string special)
    {
        var questions = Holding(special);

        var back = RoundTrip(format, questions);

        Assert.Empty(back.Problems);
        Assert.Equal(questions.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
    }

    [Fact]
    public void Questions_without_special_characters_are_written_to_GIFT_as_the_fixture_shows()
    {
        Assert.Equal(Fixtures.Text("plain-bank.gift"), GiftWriter.Write(Plain));
    }

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

    private static readonly SourceReference Cited = new("sources/careers.txt", "Job Outlook", 12, "Employment is projected to grow 7 percent.");

    // Every kind, with the punctuation questions usually hold, and nothing GIFT escapes.
    private static readonly List<Question> Plain =
    [
        new("HIT-1", QuestionKind.MultipleChoice, "Which body accredits HIT programs (in the U.S.)?", ["AHIMA", "CAHIIM", "The BLS"], ["CAHIIM"])
        {
            Topic = "Education", Explanation = "CAHIIM accredits programs; AHIMA certifies people.", Source = Cited,
        },
        new("HIT-2", QuestionKind.MultipleResponse, "Which are HIPAA rules?", ["Privacy Rule", "Security Rule", "Stark Law"], ["Privacy Rule", "Security Rule"]) { Topic = "Education" },
        new("HIT-3", QuestionKind.TrueFalse, "A technician's licence is issued by the state.", ["True", "False"], ["False"]) { Topic = "Law", Explanation = "No licence is needed." },
        new("HIT-4", QuestionKind.Cloze, $"Technicians work mainly with {QuestionBuilder.Blank} on computers.", [], ["EHR", "electronic health records"]) { Topic = "Law" },
        new("HIT-5", QuestionKind.Cloze, $"The registered technician credential is the {QuestionBuilder.Blank}", [], ["RHIT"]) { Topic = "Law", Source = new("sources/careers.txt", "Credentials") },
        new("HIT-6", QuestionKind.NotListed, "Which is NOT a listed duty?", ["Code data", "Diagnose patients", "Compile DRGs"], ["Diagnose patients"]),
        new("HIT-7", QuestionKind.Numerical, "In which year was AHIMA founded?", [], ["1928:2"]),
        new("HIT-8", QuestionKind.Numerical, "How many years does an associate degree take?", [], ["2", "1..3"]),
        new("HIT-9", QuestionKind.Matching, "Match each credential with its body.", ["RHIT", "CPC"], ["AHIMA", "AAPC"]) { Choices = ["AAPC", "AHIMA", "NHA"] },
    ];

    private static ImportResult RoundTrip(string format, IReadOnlyList<Question> questions) => format switch
    {
        "gift" => GiftParser.Parse("t.gift", GiftWriter.Write(questions)),
        "moodle-xml" => MoodleXmlParser.Parse("t.xml", MoodleXmlWriter.Write(questions)),
        _ => Qti12Parser.Parse("t.xml", Qti12Writer.Write(questions, "t").Single(f => f.Path == Qti12Writer.AssessmentPath).Text),
    };

    // A question of every kind with the text at the start, inside and at the end of its stem, options, answers and explanation.
    private static List<Question> Holding(string s) =>
    [
        new("S-mc", QuestionKind.MultipleChoice, $"{s} which {s} one?{s}", [$"{s}key", $"a {s} b", $"{s}wrong{s}"], [$"{s}key"]) { Explanation = $"{s} why {s}" },
        new("S-multi", QuestionKind.MultipleResponse, $"{s}which two", [$"{s} one", $"two {s}", "three"], [$"{s} one", $"two {s}"]) { Explanation = $"{s}" },
        new("S-tf", QuestionKind.TrueFalse, $"{s} is {s}", ["True", "False"], ["False"]) { Explanation = $"{s}{s}" },
        new("S-cloze", QuestionKind.Cloze, $"{s} fill {QuestionBuilder.Blank} in {s}", [], [$"{s}", $"{s}x", $"y {s} z"]) { Explanation = $"because {s}" },
        new("S-end", QuestionKind.Cloze, $"{s}The end is {QuestionBuilder.Blank}", [], [$"end{s}"]),
        new("S-num", QuestionKind.Numerical, $"{s} how many {s}", [], ["3", "5:1"]) { Explanation = $"{s} count" },
        new("S-match", QuestionKind.Matching, $"{s}Match {s}", [$"{s}left", $"left {s}"], [$"right{s}", $"{s} right"])
        {
            Choices = MatchingChoices.Order([$"right{s}", $"{s} right", $"{s}extra"]),
            Explanation = $"pairs {s}",
        },
    ];
}
