using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Generation;

/// <summary>Each hard check rejects a deliberately bad item and accepts a good one.</summary>
public sealed class HardChecksTests
{
    private const string Text = """
        Credentials

        Health information technology certification is available through AHIMA. All programs should be accredited by the Commission on Accreditation for Health Informatics and Information Management Education (CAHIIM).

        Pay

        The median salary was $39,340 in 2012. According to the survey, the median salary was about $34,000 in 2012.
        """;

    private static readonly GenerationContext Context = QuestionGenerator.Prepare(TestSources.Parse(Text));

    private static readonly Evidence Accreditation = new("Credentials", 3, 3,
        "All programs should be accredited by the Commission on Accreditation for Health Informatics and Information Management Education (CAHIIM).");

    private static Candidate Good => new("test", "fact", QuestionKind.MultipleChoice, "All programs should be accredited by which organization?", ["CAHIIM"], Accreditation)
    {
        Distractors = ["AHIMA", "BLS"],
        TrueValues = ["CAHIIM"],
    };

    [Fact]
    public void A_well_formed_item_passes_every_check()
    {
        Assert.Empty(HardChecks.Check(Good, Context));
        Assert.True(HardChecks.Passes(Good, Context));
    }

    [Fact]
    public void An_item_that_breaks_a_rule_does_not_pass()
    {
        var broken = Good with { Stem = "They must uphold the law in which work?" };

        Assert.NotEmpty(HardChecks.Check(broken, Context));
        Assert.False(HardChecks.Passes(broken, Context));
    }

    [Theory]
    [InlineData("This entity issues credentials to graduates of which programs?")]
    [InlineData("They must uphold the law in which work?")]
    [InlineData("A list of top schools in your area is here.")]
    [InlineData("On a given shift, a technician may:")]
    public void R1_rejects_a_stem_with_an_unresolved_reference(string stem)
    {
        Assert.NotNull(HardChecks.R1_stem_is_grammatical_and_self_contained(Good with { Stem = stem }));
    }

    [Fact]
    public void R1_rejects_a_cloze_without_exactly_one_blank()
    {
        Assert.NotNull(HardChecks.R1_stem_is_grammatical_and_self_contained(Good with { Kind = QuestionKind.Cloze, Stem = "Programs are accredited by CAHIIM." }));
    }

    [Fact]
    public void R2_rejects_a_key_that_is_not_in_the_evidence()
    {
        Assert.NotNull(HardChecks.R2_key_is_in_the_evidence(Good with { Answers = ["NCRA"] }));
    }

    [Fact]
    public void R3_rejects_a_distractor_that_is_true_per_the_source()
    {
        Assert.NotNull(HardChecks.R3_exactly_one_answer_is_correct(Good with { Distractors = ["AHIMA", "Cahiim"] }, Context.Report));
    }

    [Theory]
    [InlineData("$52,000 a year")]
    [InlineData("about $52,000")]
    public void R3_rejects_a_distractor_that_states_a_true_number_in_other_words(string distractor)
    {
        var item = Good with { TrueValues = ["CAHIIM", "$52,000"], Distractors = ["AHIMA", distractor] };

        Assert.Equal("R3: a distractor is true per the source", HardChecks.R3_exactly_one_answer_is_correct(item, Context.Report));
    }

    [Fact]
    public void R3_accepts_a_distractor_whose_number_differs_from_every_true_number()
    {
        var item = Good with { TrueValues = ["CAHIIM", "$52,000", "2 years"], Distractors = ["AHIMA", "$61,000 a year"] };

        Assert.Null(HardChecks.R3_exactly_one_answer_is_correct(item, Context.Report));
    }

    [Fact]
    public void R3_rejects_a_choice_item_with_two_keys()
    {
        Assert.NotNull(HardChecks.R3_exactly_one_answer_is_correct(Good with { Answers = ["CAHIIM", "AHIMA"] }, Context.Report));
    }

    [Fact]
    public void A_conflicting_salary_is_never_a_key()
    {
        var pay = new Evidence("Pay", 7, 7, "The median salary was $39,340 in 2012.");
        var item = Good with { Stem = "The median salary was _____ in 2012.", Answers = ["$39,340"], Distractors = ["$29,500", "$49,200"], Evidence = pay };
        Assert.NotNull(HardChecks.R3_exactly_one_answer_is_correct(item, Context.Report));
    }

    [Fact]
    public void A_conflicting_salary_is_never_a_distractor()
    {
        Assert.NotNull(HardChecks.R3_exactly_one_answer_is_correct(Good with { Distractors = ["AHIMA", "$34,000"] }, Context.Report));
    }

    [Fact]
    public void R4_rejects_an_item_with_too_few_options()
    {
        Assert.NotNull(HardChecks.R4_distractors_are_plausible(Good with { Distractors = ["AHIMA"] }));
    }

    [Fact]
    public void R4_rejects_numbers_mixed_with_text()
    {
        Assert.NotNull(HardChecks.R4_distractors_are_plausible(Good with { Distractors = ["AHIMA", "$34,000"] }));
    }

    [Theory]
    [InlineData("Health information technology certification is available through an _____.")]
    [InlineData("Certification is available through an")]
    public void R5_rejects_an_article_that_leaks_the_key(string stem)
    {
        Assert.NotNull(HardChecks.R5_no_cue_gives_the_key_away(Good with { Stem = stem }));
    }

    [Fact]
    public void R5_rejects_all_of_the_above()
    {
        Assert.NotNull(HardChecks.R5_no_cue_gives_the_key_away(Good with { Distractors = ["AHIMA", "All of the above"] }));
    }

    [Fact]
    public void R5_rejects_an_absolute_word_only_in_distractors()
    {
        Assert.NotNull(HardChecks.R5_no_cue_gives_the_key_away(Good with { Distractors = ["AHIMA", "Never accredited"] }));
    }

    [Fact]
    public void R5_rejects_a_key_much_longer_than_the_distractors()
    {
        var item = Good with { Answers = ["Commission on Accreditation for Health Informatics and Information Management Education"] };
        Assert.NotNull(HardChecks.R5_no_cue_gives_the_key_away(item));
    }

    [Fact]
    public void R6_rejects_an_item_built_from_boilerplate()
    {
        Assert.NotNull(HardChecks.R6_content_is_important(Good with { Evidence = Accreditation with { Text = "Read more." } }, Context));
    }

    [Fact]
    public void R7_rejects_an_option_contained_in_another()
    {
        Assert.NotNull(HardChecks.R7_options_and_stem_do_not_overlap(Good with { Distractors = ["AHIMA", "CAHIIM programs"] }));
    }

    [Fact]
    public void R7_rejects_a_stem_that_states_an_option()
    {
        Assert.NotNull(HardChecks.R7_options_and_stem_do_not_overlap(Good with { Stem = "Besides AHIMA, which organization accredits programs?" }));
    }

    [Fact]
    public void R8_rejects_evidence_cited_in_the_wrong_section()
    {
        Assert.NotNull(HardChecks.R8_evidence_is_in_the_cited_section(Good with { Evidence = Accreditation with { Section = "Pay" } }, Context.View.Document));
    }

    [Fact]
    public void R8_rejects_evidence_that_is_not_at_the_cited_line()
    {
        Assert.NotNull(HardChecks.R8_evidence_is_in_the_cited_section(Good with { Evidence = Accreditation with { FirstLine = 1, LastLine = 1 } }, Context.View.Document));
    }
}
