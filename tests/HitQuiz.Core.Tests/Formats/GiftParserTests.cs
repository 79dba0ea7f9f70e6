using HitQuiz.Formats;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Formats;

public sealed class GiftParserTests
{
    private const string File = "every-construct.gift";

    private static Question Q(string slug) => Fixtures.Question(File, "every-construct-" + slug);

    [Theory]
    [InlineData("accreditor", QuestionKind.MultipleChoice, "Which body accredits health information technology degree programs?", "AHIMA|CAHIIM|The BLS", "CAHIIM")]
    [InlineData("credential-blank", QuestionKind.MultipleChoice, "Graduates who pass the exam may use the _____ title.", "RHIA|RHIT|CCS", "RHIT")]
    [InlineData("licence", QuestionKind.TrueFalse, "HITs must hold a state licence.", "True|False", "False")]
    [InlineData("retake", QuestionKind.TrueFalse, "A candidate may retake the RHIT exam.", "True|False", "True")]
    [InlineData("acronym", QuestionKind.Cloze, "Which acronym names the registered technician credential? _____", "", "RHIT|R.H.I.T.")]
    [InlineData("founded", QuestionKind.Numerical, "In which year was AHIMA founded?", "", "1928:2")]
    [InlineData("range", QuestionKind.Numerical, "How many years does an associate's degree usually take?", "", "1..3")]
    [InlineData("several-numbers", QuestionKind.Numerical, "Give the number of ICD-10-CM chapters.", "", "22:0")]
    [InlineData("credentials", QuestionKind.Matching, "Match each credential with its body.", "RHIT|CPC|CCS", "AHIMA|AAPC|AHIMA")]
    [InlineData("privacy", QuestionKind.MultipleResponse, "Which are HIPAA rules? Choose 2.", "Privacy Rule|Security Rule|Stark Law", "Privacy Rule|Security Rule")]
    [InlineData("escapes", QuestionKind.MultipleChoice, "Which characters does GIFT escape: ~ = # { } and :?", "all of them|only { and }", "all of them")]
    [InlineData("formats", QuestionKind.TrueFalse, "A **master patient index** links records of the same person.", "True|False", "True")]
    [InlineData("multi-line", QuestionKind.Cloze, "A question over several lines asks about the _____ here.", "", "MPI")]
    public void Each_GIFT_construct_imports_as_the_matching_question(string slug, QuestionKind kind, string stem, string options, string answers)
    {
        var question = Q(slug);

        Assert.Equal(kind, question.Kind);
        Assert.Equal(stem, question.Stem);
        Assert.Equal(Split(options), question.Options);
        Assert.Equal(Split(answers), question.Answers);
    }

    [Fact]
    public void A_missing_word_short_answer_keeps_the_blank_where_the_block_was()
    {
        var question = Fixtures.Import(File).Questions.Single(q => q.Stem.StartsWith("Two plus two", StringComparison.Ordinal));

        Assert.Equal("Two plus two equals _____.", question.Stem);
        Assert.Equal(["four", "4"], question.Answers);
    }

    [Fact]
    public void In_a_choice_or_matching_block_a_right_answer_s_leading_percentage_is_part_of_its_text_as_in_Moodle()
    {
        var gift = "::Rate:: Which rate? {=%10% off #Yes. ~%50%Half off ~None}\n\n::Pairs:: Match. {=%5% rule -> five =%10% rule -> ten}";

        var questions = GiftParser.Parse("t.gift", gift).Questions;

        Assert.Equal(["%10% off", "Half off", "None"], questions[0].Options);
        Assert.Equal(["%10% off", "Half off"], questions[0].Answers);
        Assert.Equal(["%5% rule", "%10% rule"], questions[1].Options);
    }

    [Fact]
    public void A_weight_in_digits_other_than_ASCII_is_part_of_the_answer_as_any_weight_that_is_not_a_number()
    {
        var gift = "::Q1:: Which is right? {~%\u0665\u0660%Alpha ~%abc%Beta =Gamma}";

        var question = GiftParser.Parse("t.gift", gift).Questions.Single();

        Assert.Equal(["%\u0665\u0660%Alpha", "%abc%Beta", "Gamma"], question.Options);
        Assert.Equal(["Gamma"], question.Answers);
    }

    [Fact]
    public void The_category_becomes_the_topic()
    {
        Assert.Equal("Data Governance", Q("accreditor").Topic);
    }

    [Fact]
    public void General_feedback_becomes_the_explanation_and_answer_feedback_follows_it()
    {
        var why = Q("accreditor").Explanation!;

        Assert.StartsWith("All programs should be accredited by CAHIIM.", why, StringComparison.Ordinal);
        Assert.Contains("\"AHIMA\": AHIMA certifies people, not programs.", why, StringComparison.Ordinal);
    }

    [Fact]
    public void True_false_feedback_is_kept_for_the_wrong_and_the_right_answer()
    {
        Assert.Equal("\"If wrong\": Read the handbook again. \"If right\": Yes, retakes are allowed.", Q("retake").Explanation);
    }

    [Fact]
    public void A_matching_distractor_is_offered_as_a_choice_without_a_left_item()
    {
        Assert.Equal(["AAPC", "AHIMA", "CAHIIM"], Q("credentials").Choices);
    }

    [Theory]
    [InlineData(27, "warning: numerical question \"Several numbers\": the partial-credit value \"21:0\" (50%) is not accepted")]
    [InlineData(45, "warning: multi question \"Uneven\": the weights 70%, 30% do not map cleanly")]
    [InlineData(51, "warning: essay question \"Essay\" cannot be practised; skipped.")]
    [InlineData(53, "warning: description question \"Intro\" has no answers and cannot be practised; skipped.")]
    public void What_the_trainer_cannot_represent_is_reported_with_its_line(int line, string message)
    {
        var problems = Fixtures.Import(File).Problems.Select(p => p.ToString());

        Assert.Contains(problems, p => p.StartsWith($"{File}:{line}: {message}", StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_come_from_titles_or_a_stable_hash_of_the_stem_prefixed_with_the_file_stem()
    {
        var ids = Fixtures.Import(File).Questions.Select(q => q.Id).ToList();

        Assert.Contains("every-construct-accreditor", ids);
        Assert.Equal(ids, Fixtures.Import(File).Questions.Select(q => q.Id));
        Assert.All(ids, id => Assert.StartsWith("every-construct-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_span_a_multi_line_question()
    {
        var item = Fixtures.Import(File).Items.Single(i => i.Question.Id == "every-construct-accreditor");

        Assert.Equal((6, 11), (item.FirstLine, item.LastLine));
    }

    [Fact]
    public void A_duplicate_title_falls_back_to_the_hash_id()
    {
        var result = GiftParser.Parse("dup.gift", "::Same::One?{T}\n\n::Same::Two?{F}\n");

        Assert.Equal(2, result.Questions.Select(q => q.Id).Distinct().Count());
        Assert.Equal("dup-same", result.Questions[0].Id);
    }

    [Fact]
    public void An_html_question_loses_its_tags_and_keeps_its_entities_as_text()
    {
        var question = GiftParser.Parse("h.gift", "[html]<p>Is <b>PHI</b> &amp; PII the same?</p>{F}").Questions.Single();

        Assert.Equal("Is PHI & PII the same?", question.Stem);
    }

    [Fact]
    public void The_answers_of_an_html_question_are_read_as_html_too()
    {
        var question = GiftParser.Parse("h.gift", "[html]Which is <i>protected</i>?{=<b>PHI</b> ~Public &amp; open data}").Questions.Single();

        Assert.Equal(["PHI", "Public & open data"], question.Options);
    }

    [Fact]
    public void Comment_lines_are_ignored_and_do_not_separate_questions()
    {
        var result = GiftParser.Parse("c.gift", "// about PHI\nIs PHI protected?\n// the key follows\n{T}\n");

        Assert.Equal("Is PHI protected?", result.Questions.Single().Stem);
    }

    [Fact]
    public void A_blank_line_separates_questions()
    {
        Assert.Equal(2, GiftParser.Parse("b.gift", "One?{T}\n\nTwo?{F}").Questions.Count);
    }

    [Fact]
    public void A_short_answer_without_following_text_gets_its_blank_at_the_end()
    {
        var question = GiftParser.Parse("s.gift", "Who certifies HITs?{=AHIMA}").Questions.Single();

        Assert.Equal("Who certifies HITs? _____", question.Stem);
    }

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Split('|');
}
