using System.Xml;
using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

public sealed class RoundTripTests
{
    private static readonly IReadOnlyList<Question> Bank = Fixtures.ShippedBank().Questions;

    private static readonly IReadOnlyList<Question> Imported = Fixtures.Import("every-construct.gift").Questions
        .Concat(Fixtures.Import("moodle-bank.xml").Questions).ToList();

    [Fact]
    public void The_shipped_bank_exported_to_GIFT_imports_as_the_same_items()
    {
        var back = GiftParser.Parse("bank.gift", GiftWriter.Write(Bank));

        Assert.Empty(back.Problems);
        Assert.Equal(Bank.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
        Assert.Equal(Bank.Select(q => "bank-" + q.Id.ToLowerInvariant()), back.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Imported_items_of_every_kind_survive_a_GIFT_round_trip()
    {
        var back = GiftParser.Parse("again.gift", GiftWriter.Write(Imported));

        Assert.Empty(back.Problems);
        Assert.Equal(Imported.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
    }

    [Fact]
    public void The_shipped_bank_exported_to_Moodle_XML_is_well_formed_and_imports_as_the_same_items()
    {
        var xml = MoodleXmlWriter.Write(Bank);
        var back = MoodleXmlParser.Parse("bank.xml", xml);

        new XmlDocument().LoadXml(xml);
        Assert.Empty(back.Problems);
        Assert.Equal(Bank.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
    }

    [Fact]
    public void Imported_items_of_every_kind_survive_a_Moodle_XML_round_trip()
    {
        var back = MoodleXmlParser.Parse("again.xml", MoodleXmlWriter.Write(Imported));

        Assert.Empty(back.Problems);
        Assert.Equal(Imported.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
    }

    [Fact]
    public void Imported_items_of_every_kind_can_be_saved_as_a_quiz_file_and_loaded_again()
    {
        var text = QuizFileWriter.Write("Imported", null, Imported);
        var back = QuizFileParser.Parse("imported.quiz.md", text);

        Assert.DoesNotContain(back.Problems, p => p.IsError);
        Assert.Equal(Imported.Select(Sameness.Of), back.Questions.Select(Sameness.Of));
    }

    [Fact]
    public void Special_characters_survive_both_formats()
    {
        var tricky = new Question("T-1", QuestionKind.MultipleChoice, "Is {a} = ~b # c: <d> & \"e\"?", ["x = y", "a ~ b", "<tag> & co"], ["a ~ b"])
        {
            Explanation = "Braces {}, hash #, colon: and <angle> & ampersand.",
        };

        Assert.Equal(Sameness.Of(tricky), Sameness.Of(GiftParser.Parse("t.gift", GiftWriter.Write([tricky])).Questions.Single()));
        Assert.Equal(Sameness.Of(tricky), Sameness.Of(MoodleXmlParser.Parse("t.xml", MoodleXmlWriter.Write([tricky])).Questions.Single()));
    }

    [Fact]
    public void The_explanation_and_source_reference_go_into_the_general_feedback()
    {
        var gift = GiftWriter.Write([Bank[0]]);

        Assert.Contains("####" + GiftText.Escape(FeedbackText.Compose(Bank[0])!), gift, StringComparison.Ordinal);
        Assert.Contains("(Source\\: sources/how-to-become-a-health-information-technician.txt > Educational Requirements; evidence\\: ", gift, StringComparison.Ordinal);
    }
}
