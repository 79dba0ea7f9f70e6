using System.Xml.Linq;
using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

public sealed class Qti12WriterTests
{
    private static readonly List<Question> Bank =
        [.. Fixtures.ShippedBank().Questions, .. Fixtures.Import("every-construct.gift").Questions];

    private static readonly IReadOnlyList<PackageFile> Package = Qti12Writer.Write(Bank, "RHIT bank");

    private static readonly XDocument Assessment = XDocument.Parse(Package.Single(f => f.Path == Qti12Writer.AssessmentPath).Text);

    private static XName Qti(string name) => XName.Get(name, Qti12Writer.Namespace);

    [Fact]
    public void The_questions_are_read_only_as_the_assessment_file_is_written_and_each_once()
    {
        var reads = 0;
        IEnumerable<Question> Counted()
        {
            foreach (var question in Bank)
            {
                reads++;
                yield return question;
            }
        }

        var entries = Qti12Writer.Entries(Counted(), "RHIT bank").ToList();
        Assert.Equal(0, reads);

        using var written = new MemoryStream();
        entries.Single(e => e.Path == Qti12Writer.AssessmentPath).WriteTo(written);

        Assert.Equal(Bank.Count, reads);
        Assert.Equal(Package.Single(f => f.Path == Qti12Writer.AssessmentPath).Text, System.Text.Encoding.UTF8.GetString(written.ToArray()));
    }

    private static XElement Item(string id) => Assessment.Descendants(Qti("item")).Single(i => (string?)i.Attribute("ident") == id);

    private static string Metadata(XElement item, string label) =>
        item.Descendants(Qti("qtimetadatafield")).Single(f => f.Element(Qti("fieldlabel"))!.Value == label).Element(Qti("fieldentry"))!.Value;

    // The conditions that set the full score, each as the text of its condition's tests ("varequal response1 C2").
    private static List<string> FullScoreConditions(XElement item) =>
        [.. item.Descendants(Qti("respcondition"))
            .Where(c => c.Element(Qti("setvar")) is { } set && set.Value == "100" && (string?)set.Attribute("action") == "Set")
            .Select(c => Describe(c.Element(Qti("conditionvar"))!.Elements().Single()))];

    private static string Describe(XElement test) => test.HasElements
        ? $"{test.Name.LocalName}({string.Join(", ", test.Elements().Select(Describe))})"
        : $"{test.Name.LocalName} {(string?)test.Attribute("respident")} {test.Value}";

    [Fact]
    public void The_manifest_names_the_one_QTI_1_2_assessment_and_its_title()
    {
        var manifest = XDocument.Parse(Package[0].Text);
        var resource = manifest.Descendants().Single(e => e.Name.LocalName == "resource");

        Assert.Equal(["imsmanifest.xml", Qti12Writer.AssessmentPath], Package.Select(f => f.Path));
        Assert.Equal("imsqti_xmlv1p2", (string?)resource.Attribute("type"));
        Assert.Equal(Qti12Writer.AssessmentPath, (string?)resource.Attribute("href"));
        Assert.Equal("RHIT bank", (string?)Assessment.Root!.Element(Qti("assessment"))!.Attribute("title"));
    }

    [Fact]
    public void Every_question_is_one_item_of_the_assessment_in_bank_order()
    {
        Assert.Equal(Qti("questestinterop"), Assessment.Root!.Name);
        Assert.Equal(Bank.Select(q => q.Id), Assessment.Descendants(Qti("item")).Select(i => (string?)i.Attribute("ident")));
    }

    [Theory]
    [InlineData("HIT-0001", "multiple_choice_question", "response_lid", "Single")]
    [InlineData("HIT-0023", "multiple_choice_question", "response_lid", "Single")]
    [InlineData("HIT-0003", "true_false_question", "response_lid", "Single")]
    [InlineData("HIT-0006", "multiple_answers_question", "response_lid", "Multiple")]
    [InlineData("HIT-0005", "short_answer_question", "response_str", "Single")]
    [InlineData("every-construct-founded", "numerical_question", "response_str", "Single")]
    public void Each_kind_gets_its_Canvas_question_type_and_response(string id, string type, string response, string cardinality)
    {
        var item = Item(id);
        var presented = item.Element(Qti("presentation"))!.Element(Qti(response))!;

        Assert.Equal(type, Metadata(item, "question_type"));
        Assert.Equal("1.0", Metadata(item, "points_possible"));
        Assert.Equal(cardinality, (string?)presented.Attribute("rcardinality"));
    }

    [Fact]
    public void A_choice_item_shows_its_stem_and_options_and_scores_its_key()
    {
        var question = Bank.Single(q => q.Id == "HIT-0001");
        var item = Item("HIT-0001");
        var labels = item.Descendants(Qti("response_label")).Select(l => l.Value).ToList();
        var key = $"C{question.Options.ToList().IndexOf(question.Answers[0]) + 1}";

        Assert.Equal(question.Stem, item.Element(Qti("presentation"))!.Element(Qti("material"))!.Value);
        Assert.Equal(question.Options, labels);
        Assert.Equal([$"varequal response1 {key}"], FullScoreConditions(item));
    }

    [Fact]
    public void A_multiple_answers_item_scores_only_exactly_its_keys()
    {
        var question = Bank.Single(q => q.Id == "HIT-0006");
        var tests = question.Options.Select((o, i) => question.Answers.Contains(o) ? $"varequal response1 C{i + 1}" : $"not(varequal response1 C{i + 1})");

        Assert.Equal([$"and({string.Join(", ", tests)})"], FullScoreConditions(Item("HIT-0006")));
    }

    [Fact]
    public void A_typed_answer_scores_each_accepted_answer()
    {
        var question = Bank.Single(q => q.Id == "every-construct-acronym");

        Assert.Equal(question.Answers.Select(a => $"varequal response1 {a}"), FullScoreConditions(Item("every-construct-acronym")));
    }

    [Theory]
    [InlineData("every-construct-founded", "or(varequal response1 1928, and(vargte response1 1926, varlte response1 1930))")]
    [InlineData("every-construct-range", "or(varequal response1 2, and(vargte response1 1, varlte response1 3))")]
    public void A_numerical_item_scores_anything_in_its_accepted_range(string id, string condition)
    {
        var item = Item(id);

        Assert.Equal("Decimal", (string?)item.Descendants(Qti("render_fib")).Single().Attribute("fibtype"));
        Assert.Equal([condition], FullScoreConditions(item));
    }

    [Fact]
    public void A_matching_item_asks_each_left_item_among_all_choices_and_gives_each_right_pair_its_share()
    {
        var question = Bank.Single(q => q.Id == "every-construct-credentials");
        var item = Item("every-construct-credentials");
        var responses = item.Element(Qti("presentation"))!.Elements(Qti("response_lid")).ToList();
        var adds = item.Descendants(Qti("respcondition")).Where(c => (string?)c.Element(Qti("setvar"))?.Attribute("action") == "Add").ToList();

        Assert.Equal("matching_question", Metadata(item, "question_type"));
        Assert.Equal(question.Options, responses.Select(r => r.Element(Qti("material"))!.Value));
        Assert.All(responses, r => Assert.Equal(question.Choices, r.Descendants(Qti("response_label")).Select(l => l.Value)));
        // Choices are AAPC, AHIMA, CAHIIM; RHIT → AHIMA, CPC → AAPC, CCS → AHIMA.
        Assert.Equal(["varequal response_L1 C2", "varequal response_L2 C1", "varequal response_L3 C2"], adds.Select(c => Describe(c.Element(Qti("conditionvar"))!.Elements().Single())));
        Assert.All(adds, c => Assert.Equal("33.33", c.Element(Qti("setvar"))!.Value));
        Assert.All(adds, c => Assert.Equal("Yes", (string?)c.Attribute("continue")));
    }

    [Fact]
    public void The_explanation_and_source_are_general_feedback_shown_whatever_the_answer()
    {
        var item = Item("HIT-0001");
        var feedback = item.Element(Qti("itemfeedback"))!;
        var shown = item.Descendants(Qti("respcondition")).First();

        Assert.Equal("general_fb", (string?)feedback.Attribute("ident"));
        Assert.StartsWith("The article says all programs should be accredited by CAHIIM", feedback.Value, StringComparison.Ordinal);
        Assert.Contains("(Source: sources/how-to-become-a-health-information-technician.txt > Educational Requirements", feedback.Value, StringComparison.Ordinal);
        Assert.NotNull(shown.Element(Qti("conditionvar"))!.Element(Qti("other")));
        Assert.Equal("Yes", (string?)shown.Attribute("continue"));
        Assert.Equal("general_fb", (string?)shown.Element(Qti("displayfeedback"))!.Attribute("linkrefid"));
    }

    [Fact]
    public void Text_with_markup_characters_reads_back_exactly()
    {
        var question = Bank.Single(q => q.Id == "every-construct-escapes");
        var item = Item("every-construct-escapes");

        Assert.Equal(question.Stem, item.Element(Qti("presentation"))!.Element(Qti("material"))!.Value);
        Assert.Equal(question.Options, item.Descendants(Qti("response_label")).Select(l => l.Value));
    }
}
